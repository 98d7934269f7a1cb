import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTicketNeighbours } from '@/features/tickets/navigation';
import { useShortcuts } from '@/lib/shortcuts';
import { lastListFilters, lastListPath } from '../list-context';

/** A control of the ticket page by its accessible name (the page's own labels, e.g. "Status of #42"). */
function control(selector: string): HTMLInputElement | HTMLButtonElement | null {
  return document.querySelector<HTMLInputElement | HTMLButtonElement>(`main ${selector}`);
}

/**
 * Opens a select from the keyboard and gives the keys back to the page once its list closes (a choice or Escape):
 * otherwise the select keeps the focus and the next shortcut, `a` after `e`, is typed into it.
 */
function openChoice(input: HTMLInputElement | HTMLButtonElement) {
  input.focus();
  input.click();
  const closed = new MutationObserver(() => {
    if (input.getAttribute('aria-expanded') === 'true') return;
    closed.disconnect();
    if (document.activeElement === input) input.blur();
  });
  closed.observe(input, { attributes: true, attributeFilter: ['aria-expanded'] });
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
      if (!status || status.disabled) return false;
      openChoice(status);
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
