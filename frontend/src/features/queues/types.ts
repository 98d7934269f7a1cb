export type { Queue } from '@/lib/api-schema';
