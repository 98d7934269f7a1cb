export type { AuditEntry } from './types';
export { auditKeys } from './api/audit-api';
export { AuditSettings } from './components/audit-settings';
