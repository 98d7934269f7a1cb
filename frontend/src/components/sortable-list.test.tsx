import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRoutes } from '@/testing/render';
import { layOutSortableRows } from '@/testing/sortable-layout';
import { SORTABLE_INSTRUCTIONS, SortableList } from './sortable-list';

interface Row {
  id: string;
  name: string;
}

const ROWS: Row[] = [
  { id: 'a', name: 'Billing' },
  { id: 'b', name: 'Support' },
  { id: 'c', name: 'Sales' },
];

function renderList(onReorder = vi.fn<(rows: Row[]) => void>(), disabled = false) {
  const utils = renderWithRoutes(
    <SortableList
      items={ROWS}
      getId={(row) => row.id}
      getLabel={(row) => row.name}
      renderItem={(row, handle) => (
        <div>
          {handle}
          <span>{row.name}</span>
        </div>
      )}
      onReorder={onReorder}
      label="Queue order"
      disabled={disabled}
    />,
  );
  return { ...utils, onReorder };
}

describe('SortableList', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = layOutSortableRows();
  });
  afterEach(() => restore());

  it('renders the items in order, each with a labelled drag handle that explains the keyboard', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Queue order' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Billing', 'Support', 'Sales']);
    const support = screen.getByRole('listitem', { name: 'Support' });
    const handle = within(support).getByRole('button', { name: 'Reorder Support' });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    expect(handle).toHaveAccessibleDescription(SORTABLE_INSTRUCTIONS);
  });

  it('moves an item with the keyboard and announces each step in words', async () => {
    const { user, onReorder } = renderList();
    screen.getByRole('button', { name: 'Reorder Billing' }).focus();

    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByText('Picked up Billing, position 1 of 3.')).toBeInTheDocument());
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getByText('Billing moved to position 2 of 3.')).toBeInTheDocument());
    await user.keyboard(' ');

    await waitFor(() => expect(onReorder).toHaveBeenCalledTimes(1));
    expect(onReorder.mock.calls[0]?.[0].map((row) => row.name)).toEqual(['Support', 'Billing', 'Sales']);
    expect(screen.getByText('Billing dropped at position 2 of 3.')).toBeInTheDocument();
  });

  it('keeps the order when a keyboard move is cancelled with escape', async () => {
    const { user, onReorder } = renderList();
    screen.getByRole('button', { name: 'Reorder Sales' }).focus();

    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByText('Picked up Sales, position 3 of 3.')).toBeInTheDocument());
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Escape}');

    await waitFor(() =>
      expect(screen.getByText('Moving Sales was cancelled; it stays where it was.')).toBeInTheDocument(),
    );
    expect(onReorder).not.toHaveBeenCalled();
  });

  it('disables the handles while a move is being saved', async () => {
    const { user, onReorder } = renderList(undefined, true);
    const handle = screen.getByRole('button', { name: 'Reorder Billing' });
    expect(handle).toBeDisabled();
    handle.focus();
    await user.keyboard(' {ArrowDown} ');
    expect(onReorder).not.toHaveBeenCalled();
  });
});
