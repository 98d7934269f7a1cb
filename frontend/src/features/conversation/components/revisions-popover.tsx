import text from '@/components/text.module.css';
import { useState } from 'react';
import { Alert, Loader, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { exactTime } from '@/components/relative-time';
import { useRevisions } from '../api/conversation-api';
import type { Comment } from '../types';

/** The "edited" marker; opens the earlier texts of the comment, oldest first. */
export function RevisionsPopover({ comment }: { comment: Comment }) {
  const [opened, setOpened] = useState(false);
  const revisions = useRevisions(comment.ticketId, comment.id, opened);
  const when = comment.editedAt ? exactTime(comment.editedAt) : undefined;
  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-label={when ? `Edited ${when}: show earlier versions` : 'Edited: show earlier versions'}
          title={when ? `Edited ${when}` : undefined}
        >
          <Text span size="xs" c="dimmed" td="underline" className={text.dottedUnderline}>
            edited
          </Text>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" fw={600} mb={6}>
          Earlier versions
        </Text>
        {revisions.isPending ? (
          <Loader size="xs" aria-label="Loading earlier versions" />
        ) : revisions.isError ? (
          <Alert color="red" variant="light" p="xs">
            {revisions.error.humanMessage}
          </Alert>
        ) : revisions.data.length === 0 ? (
          <Text size="xs" c="dimmed">
            No earlier text is kept.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={300}>
            <Stack gap="xs">
              {revisions.data.map((revision) => (
                <div key={revision.writtenAt}>
                  <Text size="xs" c="dimmed">
                    Written {exactTime(revision.writtenAt)}, replaced {exactTime(revision.replacedAt)}
                  </Text>
                  <Text size="sm" className={text.preWrap}>
                    {revision.body}
                  </Text>
                </div>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
