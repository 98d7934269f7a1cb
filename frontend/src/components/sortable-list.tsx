import { useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import classes from './sortable-list.module.css';

export interface SortableListProps<T> {
  items: readonly T[];
  getId: (item: T) => string;
  /** The item's name in words, for the drag handle's label and the screen-reader announcements. */
  getLabel: (item: T) => string;
  /**
   * The row's content. `handle` is the drag handle (a button labelled "Reorder <label>"): place it where it belongs
   * in the row, typically first.
   */
  renderItem: (item: T, handle: ReactNode) => ReactNode;
  /** Called once per completed move with the whole list in its new order. */
  onReorder: (items: T[]) => void;
  /** The list's accessible name, e.g. "Queue order". */
  label: string;
  /** While a move is being saved: handles are disabled so moves cannot overlap. */
  disabled?: boolean;
}

export const SORTABLE_INSTRUCTIONS =
  'To pick up an item, press space or enter. Use the up and down arrow keys to move it. ' +
  'Press space or enter again to drop it in its new place, or escape to cancel.';

/**
 * A vertical list that people reorder by dragging a handle (pointer) or with the keyboard (focus the handle, space,
 * arrow keys, space); every step is announced to screen readers in words. Each row is a list item named by its label.
 * Presentational: the caller saves the order. Dragging needs a single-pointer alternative (WCAG 2.5.7): give rows
 * "move up/down" buttons too where people reorder often.
 */
export function SortableList<T>({
  items,
  getId,
  getLabel,
  renderItem,
  onReorder,
  label,
  disabled,
}: SortableListProps<T>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => items.map(getId), [items, getId]);
  // dnd-kit reports "over" for the item's own place right after pick-up; saying only changes keeps "Picked up" audible.
  const lastOver = useRef<UniqueIdentifier | null>(null);

  const announcements = useMemo<Announcements>(() => {
    const name = (id: UniqueIdentifier) => {
      const item = items.find((candidate) => getId(candidate) === id);
      return item ? getLabel(item) : String(id);
    };
    const position = (id: UniqueIdentifier) => `position ${ids.indexOf(String(id)) + 1} of ${ids.length}`;
    return {
      onDragStart: ({ active }) => {
        lastOver.current = active.id;
        return `Picked up ${name(active.id)}, ${position(active.id)}.`;
      },
      onDragOver: ({ active, over }) => {
        const overId = over?.id ?? null;
        if (overId === lastOver.current) return undefined;
        lastOver.current = overId;
        return over ? `${name(active.id)} moved to ${position(over.id)}.` : `${name(active.id)} is outside the list.`;
      },
      onDragEnd: ({ active, over }) =>
        over ? `${name(active.id)} dropped at ${position(over.id)}.` : `${name(active.id)} dropped outside the list.`,
      onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled; it stays where it was.`,
    };
  }, [items, ids, getId, getLabel]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    onReorder(arrayMove([...items], from, to));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: SORTABLE_INSTRUCTIONS } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
        <ul aria-label={label} className={classes.list}>
          {items.map((item) => (
            <SortableRow
              key={getId(item)}
              id={getId(item)}
              label={getLabel(item)}
              disabled={disabled}
              render={(handle) => renderItem(item, handle)}
            />
          ))}
        </ul>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({
  id,
  label,
  disabled,
  render,
}: {
  id: string;
  label: string;
  disabled?: boolean;
  render: (handle: ReactNode) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
  });
  // The one dynamic style: where dnd-kit has moved the row to while dragging.
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={classes.row}
      data-sortable-id={id}
      data-dragging={isDragging || undefined}
      aria-label={label}
    >
      {render(
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          aria-label={`Reorder ${label}`}
          disabled={disabled}
          className={classes.handle}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={16} aria-hidden />
        </ActionIcon>,
      )}
    </li>
  );
}
