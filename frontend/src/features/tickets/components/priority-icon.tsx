import { IconAlertTriangleFilled } from '@tabler/icons-react';

/** Urgent work's mark (decorative: the label says it in words), red at 3:1 or more on white. */
export function UrgentIcon({ size = 14 }: { size?: number }) {
  return <IconAlertTriangleFilled size={size} color="var(--mantine-color-red-7)" aria-hidden />;
}
