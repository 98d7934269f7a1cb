import { Text, Tooltip, type TextProps } from '@mantine/core';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { useMinuteTick } from '@/lib/minute-tick';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

export const exactTime = (iso: string) => dayjs(iso).format('ddd, D MMM YYYY HH:mm');

/**
 * "just now", "5 min ago", "3 h ago", "2 d ago", then the date ("25 Nov", another year "25 Nov 2025"): for a table
 * column, where "a few seconds ago" would not fit.
 */
export function compactTimeAgo(iso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days < 7) return `${days} d ago`;
  const time = dayjs(iso);
  return time.year() === dayjs(now).year() ? time.format('D MMM') : time.format('D MMM YYYY');
}

/**
 * {@link compactTimeAgo} as a plain `<time>` (the exact time in `title` once pointed at) at `now`: a list renders one per row, so no
 * Mantine Text, no tooltip and no minute tick of its own (the list passes its one tick down).
 */
export function CompactTime({ value, now, className }: { value: string; now: number; className?: string }) {
  return (
    // the exact time is formatted when the pointer first comes to it, not for every row up front (dayjs' format
    // was a tenth of a 50-row page's render)
    <time
      dateTime={value}
      className={className}
      onPointerEnter={(event) => {
        event.currentTarget.title ||= exactTime(value);
      }}
    >
      {compactTimeAgo(value, now)}
    </time>
  );
}

/**
 * "5 minutes ago", with the exact local time on hover and in `title`. Long lists pass `withTooltip={false}`:
 * `title` alone says the same, without a tooltip per row.
 */
export function RelativeTime({
  value,
  withTooltip = true,
  ...textProps
}: {
  value: string;
  withTooltip?: boolean;
} & TextProps) {
  useMinuteTick(); // "5 minutes ago" moves on every minute
  const exact = exactTime(value);
  const time = (
    <Text component="time" dateTime={value} title={exact} size="sm" {...textProps}>
      {dayjs(value).fromNow()}
    </Text>
  );
  if (!withTooltip) return time;
  return (
    <Tooltip label={exact} openDelay={300} withinPortal>
      {time}
    </Tooltip>
  );
}
