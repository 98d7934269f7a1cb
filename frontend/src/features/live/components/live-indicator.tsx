import { useEffect, useState } from 'react';
import { Badge, Tooltip } from '@mantine/core';
import { useLiveStatus } from '@/lib/live-stream';
import classes from './live.module.css';

/**
 * How long a reconnect may take before the sign shows: the server ends every stream after a few
 * minutes and the browser is back within its `retry` (3 s) — that is routine, not news.
 */
export const RECONNECTING_SIGN_AFTER_MS = 4_000;

/**
 * A small sign in the header while live updates are interrupted; nothing while they flow (or before
 * the first connection). What is on screen is refetched when the stream is back.
 */
export function LiveIndicator() {
  const status = useLiveStatus();
  const reconnecting = status === 'reconnecting';
  const [overdue, setOverdue] = useState(false);
  useEffect(() => {
    if (!reconnecting) return;
    const timer = setTimeout(() => setOverdue(true), RECONNECTING_SIGN_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setOverdue(false);
    };
  }, [reconnecting]);
  if (!reconnecting || !overdue) return null;
  return (
    <Tooltip label="Live updates are interrupted; the page catches up when they are back" withArrow>
      <Badge
        role="status"
        variant="light"
        color="orange"
        size="sm"
        className={classes.indicator}
        leftSection={<span className={classes.pulse} aria-hidden />}
      >
        Reconnecting…
      </Badge>
    </Tooltip>
  );
}
