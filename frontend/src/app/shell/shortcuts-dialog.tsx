import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';

const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['j'], what: 'Next ticket in the list' },
  { keys: ['k'], what: 'Previous ticket in the list' },
  { keys: ['Enter'], what: 'Open the highlighted ticket' },
  { keys: ['?'], what: 'Show this help' },
];

export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="sm" centered>
      <Stack gap="xs">
        {SHORTCUTS.map((shortcut) => (
          <Group key={shortcut.what} justify="space-between">
            <Text size="sm">{shortcut.what}</Text>
            <Group gap={4}>
              {shortcut.keys.map((key) => (
                <Kbd key={key}>{key}</Kbd>
              ))}
            </Group>
          </Group>
        ))}
        <Text size="xs" c="dimmed" mt="xs">
          Shortcuts are off while you type in a field.
        </Text>
      </Stack>
    </Modal>
  );
}
