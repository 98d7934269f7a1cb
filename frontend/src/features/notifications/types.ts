export type {
  EmailDelivery,
  KindPreference,
  MarkAllRead,
  Notification,
  NotificationKind,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesChange,
  UnreadCount,
} from '@/lib/api-schema';
export { EMAIL_DELIVERIES, NOTIFICATION_KINDS } from '@/lib/api-schema';
