export type { AdminQueue, NewQueue, Queue, QueueChanges, QueueMember } from '@/lib/api-schema';
