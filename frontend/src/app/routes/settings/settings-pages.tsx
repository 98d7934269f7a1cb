import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { AuditSettings } from '@/features/audit';
import { AutomationRuleEditor, AutomationRules } from '@/features/automation/settings';
import { OrganisationSettings, ProfileSettings, SessionsSettings, TokensSettings } from '@/features/identity/settings';
import { useMembers } from '@/features/members';
import { MembersSettings, type DirectoryMember } from '@/features/members/settings';
import { useQueues } from '@/features/queues';
import { QueuesSettings } from '@/features/queues/settings';
import { SlaSettings } from '@/features/sla/settings';
import { EmailOutboxSettings, NotificationPreferencesSettings } from '@/features/notifications/settings';
import { ReassignTickets } from '@/features/tickets/reassign';
import { useSignedInMe } from '../require-auth';
import classes from './settings-pages.module.css';

/** What an agent sees at an admin page's address (the navigation does not offer it). */
function AdminsOnly() {
  return (
    <Stack gap="xs" py="xl" role="alert">
      <Title order={1} size="h3">
        Admins only
      </Title>
      <Text c="dimmed" size="sm">
        Only an admin of this organisation can change these settings. Ask one of your admins.
      </Text>
      <Anchor component={Link} to="/settings/profile" size="sm">
        Go to your profile
      </Anchor>
    </Stack>
  );
}

function useIsAdmin() {
  return useSignedInMe().currentOrganisation.role === 'admin';
}

export function ProfilePage() {
  const me = useSignedInMe();
  return <ProfileSettings me={me} />;
}

export function SessionsPage() {
  return <SessionsSettings />;
}

export function NotificationsPage() {
  return <NotificationPreferencesSettings />;
}

export function TokensPage() {
  return <TokensSettings />;
}

function MembersAdmin() {
  const me = useSignedInMe();
  const members = useMembers().data ?? [];
  const reassignPanel = (member: DirectoryMember, onDone: () => void) => (
    <ReassignTickets key={member.id} assignee={member} members={members} onDone={onDone} />
  );
  return <MembersSettings currentUserId={me.user.id} reassignPanel={reassignPanel} />;
}

export function MembersPage() {
  return useIsAdmin() ? <MembersAdmin /> : <AdminsOnly />;
}

function QueuesAdmin() {
  const members = useMembers().data ?? [];
  return <QueuesSettings members={members} />;
}

export function QueuesPage() {
  return useIsAdmin() ? <QueuesAdmin /> : <AdminsOnly />;
}

function SlaAdmin() {
  const queues = useQueues().data ?? [];
  return <SlaSettings queues={queues.filter((q) => !q.archived)} />;
}

export function SlaPage() {
  return useIsAdmin() ? <SlaAdmin /> : <AdminsOnly />;
}

/** The organisation's other settings, in one place (issue 9). */
const ORGANISATION_LINKS = [
  {
    to: '/settings/sla',
    label: 'SLA policies and business calendars',
    description: 'Response and resolution targets per priority, business hours and holidays.',
  },
  {
    to: '/settings/automation',
    label: 'Automation rules',
    description: 'What happens by itself when tickets are created, change or wait too long.',
  },
  {
    to: '/settings/notifications',
    label: 'Notifications',
    description: 'E-mail and in-app notifications are each person’s own choice; these are yours.',
  },
  {
    to: '/settings/email-outbox',
    label: 'E-mail outbox',
    description: 'E-mails that failed or wait to go out, why, and retrying them.',
  },
];

function OrganisationLinks() {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="organisation-more-settings">
      <Title order={2} size="h5" id="organisation-more-settings" mb="xs">
        More settings for this organisation
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} className={classes.plainList}>
        {ORGANISATION_LINKS.map((link) => (
          <li key={link.to}>
            <Anchor component={Link} to={link.to} size="sm" fw={600}>
              {link.label}
            </Anchor>
            <Text size="xs" c="dimmed">
              {link.description}
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

export function OrganisationPage() {
  return useIsAdmin() ? <OrganisationSettings more={<OrganisationLinks />} /> : <AdminsOnly />;
}

/** Agents get no access: the API answers them 403, the page says so. */
export function EmailOutboxPage() {
  return useIsAdmin() ? <EmailOutboxSettings /> : <AdminsOnly />;
}

export function AuditPage() {
  return useIsAdmin() ? <AuditSettings /> : <AdminsOnly />;
}

/** What the automation pages name and offer: the organisation's queues and people. */
function useAutomationLookups() {
  const queues = useQueues().data ?? [];
  const members = useMembers().data ?? [];
  return { queues, members };
}

/** Agents read the rules; only admins change them. */
export function AutomationPage() {
  return <AutomationRules lookups={useAutomationLookups()} canEdit={useIsAdmin()} />;
}

/** `/settings/automation/new` and `/settings/automation/:id` (the editor reads the id from the route). */
export function AutomationRulePage() {
  return <AutomationRuleEditor lookups={useAutomationLookups()} canEdit={useIsAdmin()} />;
}
