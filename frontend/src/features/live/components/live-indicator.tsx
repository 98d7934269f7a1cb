import { Badge, Tooltip } from '@mantine/core';
import { useLiveStatus } from '@/lib/live-stream';
import classes from './live.module.css';

/**
 * A small sign in the header while live updates are interrupted; nothing while they flow (or before
 * the first connection). What is on screen is refetched when the stream is back.
 */
export function LiveIndicator() {
  const status = useLiveStatus();
  if (status !== 'reconnecting') return null;
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
