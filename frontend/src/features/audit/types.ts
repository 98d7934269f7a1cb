export type { AuditEntry, AuditPage } from '@/lib/api-schema';
