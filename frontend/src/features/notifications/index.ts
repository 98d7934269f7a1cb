export { NotificationBell, bellLabel, useMarkTicketNotificationsRead } from './components/notification-bell';
export { notificationKeys } from './api/notifications-api';
export type { Notification } from './types';
