import { useMemo, type ReactNode } from 'react';
import { Alert, Box, Center, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { RelativeTime } from '@/components/relative-time';
import { useAttachments, useComments } from '../api/conversation-api';
import { mergeTimeline, type TimelineItem } from './timeline';
import type { ConversationUser, MentionCandidate, SendAndSetStatus, TimelineEvent } from '../types';
import { AttachmentChip } from './attachment-chip';
import { CommentCard } from './comment-card';
import { Composer } from './composer';
import classes from './conversation.module.css';

export interface ConversationProps {
  ticketId: string;
  currentUser: ConversationUser;
  /** Admins may redact comments. */
  canRedact: boolean;
  /** Who `@` suggests. */
  members: MentionCandidate[];
  /** Other things that happened on the ticket (the app composes in its field changes). */
  events?: TimelineEvent[];
  eventsPending?: boolean;
  eventsError?: string;
  /** Told whether the person is writing a reply (the app reports it as presence). */
  onComposingChange?: (composing: boolean) => void;
  /** Shown just above the composer (the app puts "Bob is replying…" there). */
  composerNote?: ReactNode;
  /** The composer's "Send and set status" choices (see `SendAndSetStatus`). */
  sendAndSet?: SendAndSetStatus | undefined;
}

function TimelineEntry({
  item,
  currentUser,
  canRedact,
}: {
  item: TimelineItem;
  currentUser: ConversationUser;
  canRedact: boolean;
}) {
  switch (item.kind) {
    case 'event':
      return <li className={classes.event}>{item.event.content}</li>;
    case 'comment':
      return (
        <li data-testid={`comment-${item.comment.id}`} data-visibility={item.comment.visibility}>
          <CommentCard
            comment={item.comment}
            attachments={item.attachments}
            currentUser={currentUser}
            canRedact={canRedact}
          />
        </li>
      );
    case 'attachment':
      return (
        <li className={classes.event}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon size={20} radius="xl" variant="light" color="gray" aria-hidden>
              <IconPaperclip size={12} />
            </ThemeIcon>
            <Text size="sm" c="dimmed">
              <Text span fw={600} size="sm" c="var(--mantine-color-text)">
                {item.attachment.uploadedBy.name}
              </Text>{' '}
              attached a file · <RelativeTime value={item.attachment.createdAt} span size="xs" c="dimmed" />
            </Text>
          </Group>
          <Box pl={28} mt={6}>
            <AttachmentChip attachment={item.attachment} />
          </Box>
        </li>
      );
  }
}

/**
 * The ticket's conversation: one timeline, oldest first, of replies, internal notes, files and
 * the events the app passes in, with the composer at the bottom.
 */
export function Conversation({
  ticketId,
  currentUser,
  canRedact,
  members,
  events = [],
  eventsPending = false,
  eventsError,
  onComposingChange,
  composerNote,
  sendAndSet,
}: ConversationProps) {
  const comments = useComments(ticketId);
  const attachments = useAttachments(ticketId);
  const items = useMemo(
    () => mergeTimeline(comments.data ?? [], attachments.data ?? [], events),
    [comments.data, attachments.data, events],
  );
  const loading = comments.isPending || attachments.isPending || eventsPending;
  const problems = [
    comments.isError ? `Could not load the comments: ${comments.error.humanMessage}` : undefined,
    attachments.isError ? `Could not load the files: ${attachments.error.humanMessage}` : undefined,
    eventsError ? `Could not load the activity: ${eventsError}` : undefined,
  ].filter((p): p is string => p !== undefined);
  const replies = comments.data?.filter((c) => c.visibility === 'public').length ?? 0;
  const notes = (comments.data?.length ?? 0) - replies;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h5">
          Conversation
        </Title>
        {comments.data && (
          <Text size="xs" c="dimmed">
            {replies} {replies === 1 ? 'reply' : 'replies'} · {notes} internal {notes === 1 ? 'note' : 'notes'}
          </Text>
        )}
      </Group>
      {problems.map((problem) => (
        <Alert key={problem} color="red" variant="light" p="xs">
          {problem}
        </Alert>
      ))}
      {loading ? (
        <Center py="md">
          <Loader size="sm" aria-label="Loading replies and notes" />
        </Center>
      ) : (
        <ol className={classes.timeline} aria-label="Conversation">
          {items.map((item) => (
            <TimelineEntry key={item.key} item={item} currentUser={currentUser} canRedact={canRedact} />
          ))}
        </ol>
      )}
      <Composer
        ticketId={ticketId}
        members={members}
        currentUserId={currentUser.id}
        onComposingChange={onComposingChange}
        note={composerNote}
        sendAndSet={sendAndSet}
      />
    </Stack>
  );
}
