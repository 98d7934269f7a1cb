// The settings page's entry (a lazily loaded route): not part of the first page's bundle.
export { SlaSettings } from './components/sla-settings';
export type { SlaQueueOption } from './types';
