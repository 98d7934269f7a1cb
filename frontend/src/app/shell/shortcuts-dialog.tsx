import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { SHORTCUTS } from '@/lib/shortcuts';

export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="sm" centered>
      <Stack gap="xs">
        {Object.values(SHORTCUTS).map((shortcut) => (
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
