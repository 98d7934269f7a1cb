import { useState, type SubmitEvent } from 'react';
import {
  Alert,
  Avatar,
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
import { useChangePassword, useUpdateProfile } from '../api/account-api';
import type { Me, ProfileChanges } from '../types';
import { initials } from './user-menu';

/** The avatar colours a person can choose (Mantine palette names). */
export const AVATAR_COLOURS = [
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
  'red',
  'pink',
  'grape',
  'violet',
  'gray',
] as const;
const DEFAULT_COLOUR = 'indigo';
const DEFAULT_TIME_ZONE = 'UTC';

function ProfileForm({ me }: { me: Me }) {
  const [name, setName] = useState(me.user.name);
  const [timeZone, setTimeZone] = useState(me.timeZone ?? DEFAULT_TIME_ZONE);
  const [colour, setColour] = useState(me.colour ?? DEFAULT_COLOUR);
  const update = useUpdateProfile();
  const problem = update.error;

  const changes: ProfileChanges = {};
  if (name.trim() !== me.user.name) changes.name = name.trim();
  if (timeZone !== (me.timeZone ?? DEFAULT_TIME_ZONE)) changes.timeZone = timeZone;
  if (colour !== (me.colour ?? DEFAULT_COLOUR)) changes.colour = colour;
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        // Show what the server holds now, not what was typed.
        setName(saved.user.name);
        setTimeZone(saved.timeZone ?? DEFAULT_TIME_ZONE);
        setColour(saved.colour ?? DEFAULT_COLOUR);
        notifications.show({ color: 'teal', message: 'Profile saved' });
      },
    });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label="Profile">
        <Stack gap="sm" maw={480}>
          <Group gap="sm">
            <Avatar size={48} radius="xl" color={colour} aria-hidden>
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
          <TextInput
            label="E-mail"
            value={me.user.email}
            readOnly
            description="Changing the e-mail address needs a confirmation by mail, which is not set up yet."
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
              {AVATAR_COLOURS.map((option) => (
                <UnstyledButton
                  key={option}
                  role="radio"
                  aria-checked={colour === option}
                  aria-label={option}
                  onClick={() => setColour(option)}
                >
                  <ColorSwatch component="span" color={`var(--mantine-color-${option}-6)`} size={26}>
                    {colour === option && <CheckIcon size={12} color="white" />}
                  </ColorSwatch>
                </UnstyledButton>
              ))}
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

/** `/settings/profile`: name, time zone, avatar colour (e-mail read-only), and the password. */
export function ProfileSettings({ me }: { me: Me }) {
  return (
    <Stack gap="md">
      <PageHeader title="Profile" description="Your name, time zone and avatar, and your password." />
      <ProfileForm key={me.user.id} me={me} />
      <PasswordForm />
    </Stack>
  );
}
