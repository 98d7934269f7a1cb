import { notificationsStore, updateNotificationsState } from '@mantine/notifications';

/** Colours the app gives to toasts that report a failure or a refusal (read out at once). */
const URGENT_COLORS = new Set(['red', 'orange']);

/** `alert` (assertive) for failures and refusals, `status` (polite) for everything else. */
export function toastRole(color: string | undefined): 'alert' | 'status' {
  return color !== undefined && URGENT_COLORS.has(color) ? 'alert' : 'status';
}

/**
 * Mantine announces every toast as `role=alert`, which interrupts a screen reader for "Saved". Until a
 * caller chooses, each toast gets its role from its colour (WCAG 4.1.3): success and information are
 * polite, failures assertive. One place for all 35 `notifications.show` calls; returns the unsubscribe.
 */
export function announceToastsByColour(store = notificationsStore): () => void {
  return store.subscribe((state) => {
    const unlabelled = [...state.notifications, ...state.queue].some((toast) => toast.role === undefined);
    if (!unlabelled) return;
    updateNotificationsState(store, (toasts) =>
      toasts.map((toast) => (toast.role === undefined ? { ...toast, role: toastRole(toast.color) } : toast)),
    );
  });
}
