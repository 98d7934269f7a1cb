export type { Member } from '@/lib/api-schema';
