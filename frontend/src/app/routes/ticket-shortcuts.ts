import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { openServerSelect } from '@/components/lazy-server-select';
import { useTicketNeighbours } from '@/features/tickets/navigation';
import { useShortcuts } from '@/lib/shortcuts';
import { lastListFilters, lastListPath } from '../list-context';

/** A control of the ticket page by its accessible name (the page's own labels, e.g. "Status of #42"). */
function control(selector: string): HTMLInputElement | HTMLButtonElement | null {
  return document.querySelector<HTMLInputElement | HTMLButtonElement>(`main ${selector}`);
}

/**
 * The ticket page's keys (the composer binds `r` and `n` itself): `j`/`k` open the next or previous
 * ticket of the list the agent came from, `e`/`#` open the status choice, `a` assigns to me, `u` goes
 * back to the list. Returns the step, for "Then next ticket" after a reply.
 */
export function useTicketPageShortcuts(number: number) {
  const navigate = useNavigate();
  const filters = useMemo(() => lastListFilters(), []);
  const neighbour = useTicketNeighbours(filters, number);

  const step = (by: 1 | -1) => {
    if (!filters) return false;
    void neighbour(by).then((next) => {
      if (next !== undefined) void navigate(`/t/${next}`);
    });
  };

  useShortcuts({
    nextTicket: () => step(1),
    previousTicket: () => step(-1),
    setStatus: () => {
      const status = control(`input[aria-label="Status of #${number}"]`);
      if (!(status instanceof HTMLInputElement) || status.disabled) return false;
      openServerSelect(status);
    },
    assignToMe: () => {
      const button = control(`button[aria-label="Assign #${number} to me"]`);
      if (!button || button.disabled) return false;
      button.click();
    },
    backToList: () => void navigate(lastListPath()),
  });
  /** `step(1)`: the next ticket of the list the agent came from (`canStep`: there is such a list). */
  return { step, canStep: filters !== null };
}
