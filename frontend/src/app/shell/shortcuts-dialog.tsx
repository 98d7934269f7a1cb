import { Group, Kbd, Modal, Stack, Text, Title } from '@mantine/core';
import { SCOPE_TITLES, SHORTCUTS, keyLabel, type Shortcut, type ShortcutScope } from '@/lib/shortcuts';

const SCOPES = Object.keys(SCOPE_TITLES) as ShortcutScope[];

/** The `?` help: every shortcut of the registry, grouped by where it acts. */
export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const shortcuts: Shortcut[] = Object.values(SHORTCUTS);
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="sm" centered>
      <Stack gap="md">
        {SCOPES.map((scope) => (
          <Stack key={scope} gap="xs" component="section" aria-label={SCOPE_TITLES[scope]}>
            <Title order={3} size="h6">
              {SCOPE_TITLES[scope]}
            </Title>
            {shortcuts
              .filter((shortcut) => shortcut.scope === scope)
              .map((shortcut) => (
                <Group key={shortcut.what} justify="space-between" wrap="nowrap">
                  <Text size="sm">{shortcut.what}</Text>
                  <Group gap={4} wrap="nowrap">
                    {shortcut.keys.map((key, index) => (
                      <Group key={key} gap={4} wrap="nowrap">
                        {index > 0 && (
                          <Text size="xs" c="dimmed">
                            or
                          </Text>
                        )}
                        {keyLabel(key).map((part) => (
                          <Kbd key={part}>{part}</Kbd>
                        ))}
                      </Group>
                    ))}
                  </Group>
                </Group>
              ))}
          </Stack>
        ))}
        <Text size="xs" c="dimmed">
          Shortcuts are off while you type in a field; the palette ({keyLabel('mod+k').join(' ')}) works everywhere.
        </Text>
      </Stack>
    </Modal>
  );
}
