/** The Settings area's pages; `admin` pages are hidden from agents (and answer "admins only"). */
export interface SettingsPage {
  path: string;
  label: string;
  admin: boolean;
  /** An organisation page agents may read (listed with the admin pages, changeable by admins only). */
  agentsRead?: boolean;
}

export const SETTINGS_PAGES: SettingsPage[] = [
  { path: 'profile', label: 'Profile', admin: false },
  { path: 'sessions', label: 'Sessions', admin: false },
  { path: 'notifications', label: 'Notifications', admin: false },
  { path: 'tokens', label: 'API tokens', admin: false },
  { path: 'members', label: 'Members', admin: true },
  { path: 'queues', label: 'Queues', admin: true },
  { path: 'sla', label: 'SLA policies', admin: true },
  { path: 'automation', label: 'Automation', admin: true, agentsRead: true },
  { path: 'organisation', label: 'Organisation', admin: true },
  { path: 'audit', label: 'Audit trail', admin: true },
  { path: 'email-outbox', label: 'E-mail outbox', admin: true },
];

export const settingsPagesFor = (isAdmin: boolean) =>
  SETTINGS_PAGES.filter((page) => isAdmin || !page.admin || page.agentsRead === true);
