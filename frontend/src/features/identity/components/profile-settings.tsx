import { useState, type SubmitEvent } from 'react';
import {
  Alert,
  Avatar,
  Badge,
  Button,
  CheckIcon,
  ColorSwatch,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PageHeader } from '@/components/page-header';
import { TimeZoneSelect } from '@/components/time-zone-select';
import {
  useChangePassword,
  useRequestEmailChange,
  useResendEmailVerification,
  useUpdateProfile,
} from '../api/account-api';
import type { Me, ProfileChanges } from '../types';
import { initials } from './user-menu';

/** The avatar colours a person can choose (the server stores `#rrggbb`; null lets the app choose). */
export const AVATAR_COLOURS = [
  { name: 'Indigo', hex: '#4c6ef5' },
  { name: 'Blue', hex: '#228be6' },
  { name: 'Cyan', hex: '#15aabf' },
  { name: 'Teal', hex: '#12b886' },
  { name: 'Green', hex: '#40c057' },
  { name: 'Lime', hex: '#82c91e' },
  { name: 'Yellow', hex: '#fab005' },
  { name: 'Orange', hex: '#fd7e14' },
  { name: 'Red', hex: '#fa5252' },
  { name: 'Pink', hex: '#e64980' },
  { name: 'Grape', hex: '#be4bdb' },
  { name: 'Violet', hex: '#7950f2' },
  { name: 'Gray', hex: '#868e96' },
] as const;
/** What the app shows when the person has not chosen (the user menu's default). */
export const DEFAULT_COLOUR = 'indigo';

function ProfileForm({ me }: { me: Me }) {
  const [name, setName] = useState(me.user.name);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [colour, setColour] = useState<string | null>(me.colour);
  const update = useUpdateProfile();
  const problem = update.error;

  const changes: ProfileChanges = {};
  if (name.trim() !== me.user.name) changes.name = name.trim();
  if (timeZone !== me.timeZone) changes.timeZone = timeZone;
  if (colour !== null && colour !== me.colour) changes.colour = colour;
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        // Show what the server holds now, not what was typed.
        setName(saved.user.name);
        setTimeZone(saved.timeZone);
        setColour(saved.colour);
        notifications.show({ color: 'teal', message: 'Profile saved' });
      },
    });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label="Profile">
        <Stack gap="sm" maw={480}>
          <Group gap="sm">
            <Avatar size={48} radius="xl" color={colour ?? DEFAULT_COLOUR} aria-hidden>
              {initials(name || me.user.name)}
            </Avatar>
            <Text size="sm" c="dimmed">
              How others see you on tickets and in lists.
            </Text>
          </Group>
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="Name"
            required
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problem?.fieldError('name')}
          />
          <TimeZoneSelect
            label="Time zone"
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            error={problem?.fieldError('timeZone')}
          />
          <div role="radiogroup" aria-label="Avatar colour">
            <Text size="sm" fw={500} mb={4}>
              Avatar colour
            </Text>
            <Group gap={6}>
              {AVATAR_COLOURS.map((option) => {
                const chosen = colour?.toLowerCase() === option.hex;
                return (
                  <UnstyledButton
                    key={option.hex}
                    role="radio"
                    aria-checked={chosen}
                    aria-label={option.name}
                    onClick={() => setColour(option.hex)}
                  >
                    <ColorSwatch component="span" color={option.hex} size={26}>
                      {chosen && <CheckIcon size={12} color="white" />}
                    </ColorSwatch>
                  </UnstyledButton>
                );
              })}
            </Group>
            {problem?.fieldError('colour') && (
              <Text size="xs" c="red" mt={4}>
                {problem.fieldError('colour')}
              </Text>
            )}
          </div>
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The e-mail address: shown with whether it is confirmed; a change sends a link to the new address and takes
 * effect only when that link is opened ("check your inbox" until then, also after a reload: `pendingEmail`).
 */
function EmailForm({ me }: { me: Me }) {
  const [email, setEmail] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const change = useRequestEmailChange();
  const resend = useResendEmailVerification();
  const problem = change.error;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { email: email.trim(), currentPassword },
      {
        onSuccess: () => {
          setEmail('');
          setCurrentPassword('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label="Change e-mail address">
        <Stack gap="sm" maw={480}>
          <Title order={2} size="h4">
            E-mail address
          </Title>
          <Group gap="xs">
            <Text size="sm">{me.user.email}</Text>
            {me.emailVerified ? (
              <Badge color="teal" variant="light">
                Confirmed
              </Badge>
            ) : (
              <Badge color="yellow" variant="light">
                Not confirmed
              </Badge>
            )}
          </Group>
          {!me.emailVerified && (
            <Text size="sm" c="dimmed">
              Confirm your address with the link we sent you; joining another organisation needs it.{' '}
              <Button
                variant="subtle"
                size="compact-sm"
                loading={resend.isPending}
                disabled={resend.isSuccess}
                onClick={() => resend.mutate()}
              >
                {resend.isSuccess ? 'Link sent' : 'Send the link again'}
              </Button>
            </Text>
          )}
          {me.pendingEmail && (
            <Alert color="blue" variant="light" role="status" title="Check your inbox">
              We sent a link to {me.pendingEmail}. Your address changes to it when you open the link; until then nothing
              changes.
            </Alert>
          )}
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="New e-mail address"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={problem?.fieldError('email')}
          />
          <PasswordInput
            label="Your password"
            description="To confirm that it is you."
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.currentTarget.value)}
            error={problem?.fieldError('currentPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending} disabled={!email.trim() || !currentPassword}>
              Send confirmation link
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const MIN_PASSWORD = 8;

function PasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const change = useChangePassword();
  const problem = change.error;
  const currentError =
    problem?.fieldError('currentPassword') ?? (problem?.status === 401 ? 'The current password is wrong.' : undefined);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    if (newPassword !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setRepeat('');
          setDone(true);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label="Change password">
        <Stack gap="sm" maw={480}>
          <Title order={2} size="h4">
            Password
          </Title>
          {done && (
            <Alert color="teal" variant="light" role="status">
              Password changed. Your other sessions were signed out.
            </Alert>
          )}
          {problem && !currentError && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.humanMessage}
            </Alert>
          )}
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.currentTarget.value)}
            error={currentError}
          />
          <PasswordInput
            label="New password"
            description={`At least ${MIN_PASSWORD} characters.`}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(e) => setNewPassword(e.currentTarget.value)}
            error={problem?.fieldError('newPassword')}
          />
          <PasswordInput
            label="Repeat the new password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={mismatch ? 'The two new passwords differ.' : undefined}
          />
          <Group>
            <Button type="submit" loading={change.isPending} disabled={!currentPassword || !newPassword}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** `/settings/profile`: name, time zone, avatar colour, the e-mail address (changed by a link), the password. */
export function ProfileSettings({ me }: { me: Me }) {
  return (
    <Stack gap="md">
      <PageHeader
        title="Profile"
        description="Your name, time zone and avatar, your e-mail address and your password."
      />
      <ProfileForm key={me.user.id} me={me} />
      <EmailForm me={me} />
      <PasswordForm />
    </Stack>
  );
}
