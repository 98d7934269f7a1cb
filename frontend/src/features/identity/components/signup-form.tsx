import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useSignUp } from '../api/identity-api';
import type { Me, SignUp } from '../types';

interface SignUpFormProps {
  onSignedUp: (me: Me) => void;
}

/** Fields whose server errors show on an input; anything else shows above the form. */
const FORM_FIELDS: readonly string[] = ['organisationName', 'name', 'email', 'password'] satisfies (keyof SignUp)[];

/**
 * Creates an organisation and its first admin, who is then signed in (sign-up itself answers alike for every
 * address; the sign-in after it fails for an address that had an account). The server validates:
 * nothing here refuses to submit, and its 422 `errors[]` land on the matching fields.
 */
export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const [organisationName, setOrganisationName] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signUp = useSignUp();

  const problem = signUp.error;
  const fieldError = (field: keyof SignUp) =>
    problem?.errors
      .filter((e) => e.field === field)
      .map((e) => e.message)
      .join('; ') || undefined;
  const otherErrors = problem?.errors.filter((e) => !FORM_FIELDS.includes(e.field)) ?? [];
  const showGeneral = problem && (problem.errors.length === 0 || otherErrors.length > 0);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    signUp.mutate(
      { organisationName: organisationName.trim(), name: name.trim(), email: email.trim(), password },
      { onSuccess: (me) => onSignedUp(me) },
    );
  };

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={380}>
      <form onSubmit={submit} noValidate aria-labelledby="signup-heading">
        <Stack gap="md">
          <div>
            <Title order={1} size="h3" id="signup-heading">
              Create an organisation
            </Title>
            <Text size="sm" c="dimmed">
              You become its first admin and can invite your team.
            </Text>
          </div>
          {showGeneral && (
            <Alert color="red" variant="light" role="alert">
              {otherErrors.length > 0
                ? otherErrors.map((e) => `${e.field}: ${e.message}`).join('; ')
                : problem.status === 401
                  ? 'Could not sign you in. If this address has an account already, we sent it an e-mail: sign in with that account instead.'
                  : problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="Organisation name"
            autoComplete="organization"
            value={organisationName}
            onChange={(e) => setOrganisationName(e.currentTarget.value)}
            error={fieldError('organisationName')}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the page's one task starts in this field
            autoFocus
          />
          <TextInput
            label="Your name"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError('email')}
          />
          <PasswordInput
            label="Password"
            description="At least 8 characters"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError('password')}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth>
            Create organisation
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
