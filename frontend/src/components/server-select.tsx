import { Loader, Select, type ComboboxItem, type SelectProps } from '@mantine/core';

export interface ServerSelectProps extends Omit<
  SelectProps,
  'value' | 'onChange' | 'data' | 'defaultValue' | 'aria-label'
> {
  'aria-label': string;
  /** The value the server holds: what the control shows whenever no request is in flight. */
  value: string | null;
  /** The value sent to the server and not answered yet: named in the spinner's tooltip, never shown as the value. */
  pendingValue?: string | null;
  pending: boolean;
  data: ComboboxItem[];
  onChoose: (value: string) => void;
}

/**
 * A select that never pretends: choosing a value hands it to `onChoose` (which must send it),
 * then the control is disabled with a spinner until the server answers. It always shows `value`,
 * the server's: a choice appears only once the server has accepted it. Keyboard operable (Mantine Combobox).
 */
export function ServerSelect({ value, pendingValue, pending, data, onChoose, disabled, ...rest }: ServerSelectProps) {
  const pendingLabel =
    pending && pendingValue !== undefined ? data.find((item) => item.value === pendingValue)?.label : undefined;
  return (
    <Select
      size="xs"
      allowDeselect={false}
      withCheckIcon={false}
      comboboxProps={{ withinPortal: true, width: 'target', position: 'bottom-start' }}
      {...rest}
      data={data}
      value={value}
      title={pendingLabel ? `Saving: ${pendingLabel}…` : undefined}
      disabled={pending || disabled}
      aria-busy={pending}
      rightSection={pending ? <Loader size={12} role="status" aria-label="Saving" /> : undefined}
      styles={pending ? { input: { opacity: 0.6 } } : undefined}
      onChange={(next) => {
        if (next !== null && next !== value) onChoose(next);
      }}
    />
  );
}
