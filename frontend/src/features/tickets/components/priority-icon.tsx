import { IconAlertTriangleFilled, IconChevronDown, IconChevronUp, IconEqual } from '@tabler/icons-react';
import { PRIORITY_COLORS } from '../labels';
import type { Priority } from '../types';

const ICONS = {
  low: IconChevronDown,
  medium: IconEqual,
  high: IconChevronUp,
  urgent: IconAlertTriangleFilled,
} as const;

/** A priority's shape and colour (decorative: the label says it in words), so urgent work stands out in a list. */
export function PriorityIcon({ priority, size = 14 }: { priority: Priority; size?: number }) {
  const Icon = ICONS[priority];
  // shade 7 (8 for orange): non-text contrast ≥ 3:1 on white
  const shade = priority === 'high' ? 8 : 7;
  return <Icon size={size} color={`var(--mantine-color-${PRIORITY_COLORS[priority]}-${shade})`} aria-hidden />;
}
