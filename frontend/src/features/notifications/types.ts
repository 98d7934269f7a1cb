export type {
  EmailDelivery,
  KindPreference,
  MarkAllRead,
  Notification,
  NotificationKind,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesChange,
  OutboxEmail,
  OutboxPage,
  OutboxStatus,
  UnreadCount,
} from '@/lib/api-schema';
export { EMAIL_DELIVERIES, NOTIFICATION_KINDS } from '@/lib/api-schema';
