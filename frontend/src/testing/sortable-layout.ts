import { vi } from 'vitest';

/**
 * jsdom lays nothing out, so dnd-kit's keyboard sensor finds no neighbours: give each sortable row
 * (`[data-sortable-id]`) a 40 px tall box in list order. Returns the restore function.
 */
export function layOutSortableRows(): () => void {
  const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const row = this.closest('[data-sortable-id]');
    if (!row || !row.parentElement) return new DOMRect();
    const index = Array.from(row.parentElement.children).indexOf(row);
    return DOMRect.fromRect({ x: 0, y: index * 40, width: 300, height: 40 });
  });
  return () => spy.mockRestore();
}
