import { useEffect, useState } from 'react';

const subscribers = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * One shared minute tick for everything on screen that shows time relative to now (relative times, SLA
 * badges): a single interval, however many rows subscribe. Answers the current time, re-rendering the
 * caller every minute.
 */
export function useMinuteTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
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
  return now;
}
