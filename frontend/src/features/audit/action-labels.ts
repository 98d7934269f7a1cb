/**
 * The audit trail's action codes (docs/api.md, Audit trail) in words. A code the server adds later still shows,
 * as the code itself.
 */
const ACTION_LABELS: Partial<Record<string, string>> = {
  'member.added': 'Member added',
  'member.invited': 'Member invited',
  'member.role_changed': 'Role changed',
  'member.deactivated': 'Member deactivated',
  'member.reactivated': 'Member reactivated',
  'member.left_on_takeover': 'Member left (account taken over)',
  'invitation.issued': 'Invitation sent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'queue.created': 'Queue created',
  'queue.renamed': 'Queue renamed',
  'queue.archived': 'Queue archived',
  'queue.restored': 'Queue restored',
  'queue.tickets_moved': 'Tickets moved to another queue',
  'queue.default_changed': 'Default queue changed',
  'queue.reordered': 'Queues reordered',
  'queue.members_changed': 'Queue members changed',
  'organisation.settings_changed': 'Organisation settings changed',
  'token.created': 'API token created',
  'token.revoked': 'API token revoked',
  'account.password_changed': 'Password changed',
  'account.taken_over': 'Account taken over',
  'sla.policy_created': 'SLA policy created',
  'sla.policy_changed': 'SLA policy changed',
  'sla.policy_deleted': 'SLA policy deleted',
  'sla.policies_reordered': 'SLA policies reordered',
  'sla.calendar_created': 'Business calendar created',
  'sla.calendar_changed': 'Business calendar changed',
  'sla.calendar_deleted': 'Business calendar deleted',
  'email.retried': 'E-mail retried',
  'email.discarded': 'E-mail discarded',
};

/** What the action was, in words ("E-mail retried"), or its code when it has none yet. */
export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;
