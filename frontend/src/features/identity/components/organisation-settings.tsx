import { useState, type ReactNode, type SubmitEvent } from 'react';
import { Alert, Button, Group, Loader, Paper, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PageHeader } from '@/components/page-header';
import { TimeZoneSelect } from '@/components/time-zone-select';
import { useOrganisation, useUpdateOrganisation } from '../api/account-api';
import type { Organisation, OrganisationChanges } from '../types';

function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const [name, setName] = useState(organisation.name);
  const [timeZone, setTimeZone] = useState(organisation.timeZone);
  const update = useUpdateOrganisation();
  const problem = update.error;

  const changes: OrganisationChanges = {};
  if (name.trim() !== organisation.name) changes.name = name.trim();
  if (timeZone !== organisation.timeZone) changes.timeZone = timeZone;
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        setName(saved.name);
        setTimeZone(saved.timeZone);
        notifications.show({ color: 'teal', message: 'Organisation saved' });
      },
    });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-label="Organisation">
        <Stack gap="sm" maw={480}>
          {problem && problem.errors.length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {problem.humanMessage}
            </Alert>
          )}
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={problem?.fieldError('name')}
          />
          <TimeZoneSelect
            label="Time zone"
            description="The default for business hours and due times."
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            error={problem?.fieldError('timeZone')}
          />
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** `/settings/organisation` (admins): the organisation's name and time zone; `more` links to other settings. */
export function OrganisationSettings({ more }: { more?: ReactNode }) {
  const organisation = useOrganisation();
  return (
    <Stack gap="md">
      <PageHeader title="Organisation" description="What your team sees as its help desk's name, and its time zone." />
      {organisation.isPending && <Loader size="sm" aria-label="Loading organisation" />}
      {organisation.isError && (
        <Alert color="red" variant="light" role="alert">
          {organisation.error.humanMessage}
        </Alert>
      )}
      {organisation.data && (
        <OrganisationForm
          key={`${organisation.data.name}|${organisation.data.timeZone}`}
          organisation={organisation.data}
        />
      )}
      {more}
    </Stack>
  );
}
