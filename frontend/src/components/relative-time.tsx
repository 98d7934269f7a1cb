import { useEffect, useState } from 'react';
import { Text, Tooltip, type TextProps } from '@mantine/core';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

const subscribers = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** One shared minute tick for every relative time on screen. */
function useMinuteTick(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const tick = () => setTick((n) => n + 1);
    subscribers.add(tick);
    timer ??= setInterval(() => subscribers.forEach((fn) => fn()), 60_000);
    return () => {
      subscribers.delete(tick);
      if (subscribers.size === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    };
  }, []);
}

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
