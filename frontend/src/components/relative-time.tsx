import { Text, Tooltip, type TextProps } from '@mantine/core';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { useMinuteTick } from '@/lib/minute-tick';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

export const exactTime = (iso: string) => dayjs(iso).format('ddd, D MMM YYYY HH:mm');

/** "5 minutes ago", with the exact local time on hover and in `title`. */
export function RelativeTime({ value, ...textProps }: { value: string } & TextProps) {
  useMinuteTick();
  const exact = exactTime(value);
  return (
    <Tooltip label={exact} openDelay={300} withinPortal>
      <Text component="time" dateTime={value} title={exact} size="sm" {...textProps}>
        {dayjs(value).fromNow()}
      </Text>
    </Tooltip>
  );
}
