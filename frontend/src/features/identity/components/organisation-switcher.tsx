import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSwitchOrganisation } from '../api/identity-api';
import type { Me } from '../types';

/** Shown only to people who belong to more than one organisation. */
export function OrganisationSwitcher({ me, onSwitched }: { me: Me; onSwitched: (me: Me) => void }) {
  const switchMutation = useSwitchOrganisation();
  if (me.memberships.length < 2) return null;

  const pendingId = switchMutation.isPending ? switchMutation.variables : undefined;
  return (
    <Select
      aria-label="Organisation"
      size="xs"
      mb="xs"
      allowDeselect={false}
      value={pendingId ?? me.currentOrganisation.id}
      data={me.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
      disabled={switchMutation.isPending}
      loading={switchMutation.isPending}
      onChange={(organisationId) => {
        if (!organisationId || organisationId === me.currentOrganisation.id) return;
        switchMutation.mutate(organisationId, {
          onSuccess: (next) => {
            notifications.show({ color: 'teal', message: `Switched to ${next.currentOrganisation.name}` });
            onSwitched(next);
          },
          onError: (problem) =>
            notifications.show({ color: 'red', title: 'Could not switch organisation', message: problem.humanMessage }),
        });
      }}
    />
  );
}
