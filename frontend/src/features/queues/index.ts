export type { Queue } from './types';
export { queueKeys, queuesQueryOptions, useQueues, useActiveQueues } from './api/queues-api';
