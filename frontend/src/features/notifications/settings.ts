// The settings page's entry (a lazily loaded route): not part of the first page's bundle.
export { NotificationPreferencesSettings } from './components/notification-preferences';
export { EmailOutboxSettings } from './components/email-outbox';
