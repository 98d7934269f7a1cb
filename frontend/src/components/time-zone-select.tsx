import { Select, type SelectProps } from '@mantine/core';

let zones: string[] | undefined;

/** The IANA time zones this browser knows, UTC first. */
export function timeZones(): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return zones;
}

/** A searchable select of IANA time zones; a value the browser does not list is still shown as it is. */
export function TimeZoneSelect({ value, ...rest }: Omit<SelectProps, 'data'> & { value: string | null }) {
  const data = value && !timeZones().includes(value) ? [value, ...timeZones()] : timeZones();
  return (
    <Select
      searchable
      allowDeselect={false}
      limit={200}
      nothingFoundMessage="No such time zone"
      {...rest}
      value={value}
      data={data}
    />
  );
}
