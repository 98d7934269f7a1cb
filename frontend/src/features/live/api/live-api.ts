import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useLiveStatus, type LiveViewer } from '@/lib/live-stream';

/** The live feature's query keys: presence is pushed by the stream into the cache, never fetched. */
export const liveKeys = {
  all: ['live'] as const,
  presence: (ticketId: string) => [...liveKeys.all, 'presence', ticketId] as const,
};

/** How often the page says "still here" (the server forgets a viewer after 30 s of silence). */
export const PRESENCE_HEARTBEAT_MS = 10_000;

/** `POST /api/live/presence`: viewing (and composing on) a ticket, or leaving it. */
export type PresenceReport = { ticketId: string; composing: boolean } | { ticketId: string; leaving: true };

/** The ticket's viewers after the report (the reporter included, unless leaving). */
export interface PresenceAnswer {
  ticketId: string;
  viewers: LiveViewer[];
}

export const reportPresence = (report: PresenceReport) => api.post<PresenceAnswer>('/api/live/presence', report);

const NO_VIEWERS: LiveViewer[] = [];

/** Presence reports go one after the other: "composing" must not overtake the "viewing" sent just before. */
let lastReport: Promise<unknown> = Promise.resolve();
function inOrder(report: () => Promise<unknown>): void {
  lastReport = lastReport.then(report).catch(() => undefined);
}

/** Who else has this ticket open, as the last `presence` event said (the signed-in person left out). */
export function usePresence(ticketId: string, meId: string) {
  const query = useQuery({
    queryKey: liveKeys.presence(ticketId),
    queryFn: () => NO_VIEWERS,
    // Filled by the stream only: nothing to fetch, and a resync must not wipe it.
    enabled: false,
    initialData: NO_VIEWERS,
  });
  const others = query.data.filter((viewer) => viewer.id !== meId);
  return { others, composing: others.filter((viewer) => viewer.composing) };
}

/**
 * While mounted and the live stream is on: tells the server this person views the ticket (and whether they are
 * writing a reply), at once, on every change of `composing`, and every heartbeat; says it left when
 * the page goes. The answer (who is here now) goes into the cache. A failed report is dropped:
 * presence is a courtesy, never in the way.
 */
export function usePresenceReport(ticketId: string, composing: boolean): void {
  // Through a routine reconnect too (the server ends streams every few minutes): no flicker for others.
  const live = useLiveStatus() !== 'off';
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!live) return;
    const send = () =>
      inOrder(() =>
        reportPresence({ ticketId, composing }).then((answer) => {
          queryClient.setQueryData(liveKeys.presence(ticketId), answer.viewers);
        }),
      );
    send();
    const timer = setInterval(send, PRESENCE_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [live, ticketId, composing, queryClient]);
  useEffect(() => {
    if (!live) return;
    return () => inOrder(() => reportPresence({ ticketId, leaving: true }));
  }, [live, ticketId]);
}
