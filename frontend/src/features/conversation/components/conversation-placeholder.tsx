import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';

/** Where replies, internal notes and attachments will live. Nothing here is wired yet. */
export function ConversationPlaceholder() {
  return (
    <Paper component="section" aria-labelledby="conversation-heading" withBorder radius="md" p="lg" bg="gray.0">
      <Stack gap={4} align="center" py="md">
        <IconMessages size={28} stroke={1.5} color="var(--mantine-color-gray-5)" aria-hidden />
        <Title order={2} size="h5" id="conversation-heading">
          Conversation
        </Title>
        <Text size="sm" c="dimmed" ta="center">
          Replies, internal notes and attachments will appear here.
        </Text>
      </Stack>
    </Paper>
  );
}
