import { Text, Tooltip, type TextProps } from '@mantine/core';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { useMinuteTick } from '@/lib/minute-tick';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

export const exactTime = (iso: string) => dayjs(iso).format('ddd, D MMM YYYY HH:mm');

/**
 * "5 minutes ago", with the exact local time on hover and in `title`. Long lists pass `withTooltip={false}`:
 * `title` alone says the same, without a tooltip per row.
 */
export function RelativeTime({
  value,
  withTooltip = true,
  ...textProps
}: { value: string; withTooltip?: boolean } & TextProps) {
  useMinuteTick();
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
