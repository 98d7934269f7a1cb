import { Combobox, Input, InputBase, useCombobox, VisuallyHidden } from '@mantine/core';
import { STATUS_LABELS } from '../labels';
import type { TicketStatus } from '../types';
import type { FiltersChange } from './ticket-filters';

/**
 * Several statuses at once, only those inside the view (`statuses`). Built from the Combobox the selects already
 * use (Mantine's MultiSelect would push the first page past its JS budget).
 */
export function StatusFilter({
  statuses,
  value = [],
  onChange,
}: {
  statuses: readonly TicketStatus[];
  value: TicketStatus[] | undefined;
  onChange: FiltersChange;
}) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const toggle = (status: TicketStatus) => {
    const chosen = value.includes(status) ? value.filter((s) => s !== status) : [...value, status];
    const next = statuses.filter((s) => chosen.includes(s));
    // every status of the view is the view itself
    onChange({ status: next.length > 0 && next.length < statuses.length ? next : undefined });
  };
  return (
    <Combobox store={combobox} onOptionSubmit={(status) => toggle(status as TicketStatus)} size="xs">
      <Combobox.Target targetType="button">
        <InputBase
          component="button"
          type="button"
          size="xs"
          w={{ base: '100%', sm: 200 }}
          pointer
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          data-filter="status"
          onClick={() => combobox.openDropdown()}
        >
          {/* the name includes what the button shows (WCAG 2.5.3): "Filter by status: Any status" */}
          <VisuallyHidden>Filter by status: </VisuallyHidden>
          {value.length > 0 ? (
            value.map((s) => STATUS_LABELS[s]).join(', ')
          ) : (
            <Input.Placeholder>Any status</Input.Placeholder>
          )}
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options aria-label="Statuses" aria-multiselectable>
          {statuses.map((s) => (
            <Combobox.Option value={s} key={s} active={value.includes(s)} aria-selected={value.includes(s)}>
              {value.includes(s) ? '✓ ' : ''}
              {STATUS_LABELS[s]}
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
