import { ActionIcon, Alert, CopyButton, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

interface OneTimeSecretProps {
  /** What the value is, e.g. "Invitation link for sam@example.com". */
  label: string;
  value: string;
  /** Why it is shown only now. */
  note: string;
  onDismiss: () => void;
}

/** A value the server shows once (an invitation link, an API token): read-only, selectable, with a copy button. */
export function OneTimeSecret({ label, value, note, onDismiss }: OneTimeSecretProps) {
  return (
    <Alert color="teal" variant="light" withCloseButton closeButtonLabel="Dismiss" onClose={onDismiss} title={label}>
      <Text size="sm" mb="xs">
        {note}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={label}
          value={value}
          readOnly
          flex={1}
          ff="monospace"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
              <ActionIcon
                variant="light"
                color={copied ? 'teal' : 'gray'}
                size="lg"
                aria-label={copied ? 'Copied' : 'Copy'}
                onClick={copy}
              >
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
