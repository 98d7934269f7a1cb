import { useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Avatar,
  Badge,
  Box,
  Button,
  Flex,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconLock, IconPencil, IconRobot, IconTrash } from '@tabler/icons-react';
import { RelativeTime } from '@/components/relative-time';
import { useEditComment, useRedactComment } from '../api/conversation-mutations';
import type { Attachment, Comment, ConversationUser } from '../types';
import { AttachmentChip } from './attachment-chip';
import { authorName } from './author';
import { CommentHtml } from './comment-html';
import { RevisionsPopover } from './revisions-popover';
import classes from './conversation.module.css';

interface CommentCardProps {
  comment: Comment;
  attachments: Attachment[];
  currentUser: ConversationUser;
  canRedact: boolean;
}

function CommentEditor({ comment, onDone }: { comment: Comment; onDone: () => void }) {
  const [body, setBody] = useState(comment.body);
  const edit = useEditComment(comment.ticketId);
  const save = () => {
    if (edit.isPending) return;
    if (body === comment.body) {
      onDone();
      return;
    }
    edit.mutate({ commentId: comment.id, body }, { onSuccess: onDone });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };
  return (
    <Stack gap="xs">
      <Textarea
        aria-label="Edit comment"
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autosize
        minRows={3}
        maxRows={16}
        readOnly={edit.isPending}
        data-autofocus
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the person just chose Edit: focus follows to the text
        autoFocus
      />
      <Group gap="xs" justify="flex-end">
        <Button variant="default" size="xs" onClick={onDone} disabled={edit.isPending}>
          Cancel
        </Button>
        <Button size="xs" onClick={save} loading={edit.isPending}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}

function RedactDialog({ comment, opened, onClose }: { comment: Comment; opened: boolean; onClose: () => void }) {
  const redact = useRedactComment(comment.ticketId);
  return (
    <Modal opened={opened} onClose={onClose} title="Redact this comment?" centered size="sm">
      <Text size="sm">
        The text of {authorName(comment)}’s {comment.visibility === 'internal' ? 'internal note' : 'reply'} and all its
        earlier versions will be removed for everyone. The redaction is logged. This cannot be undone.
      </Text>
      <Group justify="flex-end" gap="xs" mt="md">
        <Button variant="default" onClick={onClose} disabled={redact.isPending}>
          Cancel
        </Button>
        <Button
          color="red"
          loading={redact.isPending}
          onClick={() => redact.mutate({ commentId: comment.id }, { onSettled: onClose })}
        >
          Redact
        </Button>
      </Group>
    </Modal>
  );
}

/** A reply or an internal note (tinted and labelled "Internal"), with its files and actions. */
export function CommentCard({ comment, attachments, currentUser, canRedact }: CommentCardProps) {
  const [editing, setEditing] = useState(false);
  const [redacting, setRedacting] = useState(false);
  const internal = comment.visibility === 'internal';
  // a rule's note has no person as author: nobody edits it (an admin may redact it)
  const canEdit = !comment.redacted && comment.author !== null && comment.author.id === currentUser.id;
  const author = authorName(comment);
  const mayRedact = !comment.redacted && canRedact;

  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      className={internal ? `${classes.comment} ${classes.internal}` : classes.comment}
      aria-label={`${internal ? 'Internal note' : 'Reply'} by ${author}`}
    >
      <Group className={classes.commentHeader} justify="space-between" wrap="nowrap" gap="xs" px="sm" py={6}>
        <Flex gap={8} rowGap={2} wrap="wrap" align="center" miw={0}>
          {comment.author ? (
            <Avatar name={comment.author.name} color="initials" size={24} aria-hidden />
          ) : (
            <Avatar size={24} color="violet" aria-hidden>
              <IconRobot size={14} />
            </Avatar>
          )}
          <Text span size="sm" fw={600}>
            {author}
          </Text>
          <RelativeTime value={comment.createdAt} size="xs" c="dimmed" />
          {internal && (
            <Badge size="sm" variant="light" color="orange" leftSection={<IconLock size={11} aria-hidden />}>
              Internal
            </Badge>
          )}
          {comment.edited && !comment.redacted && <RevisionsPopover comment={comment} />}
        </Flex>
        {(canEdit || mayRedact) && !editing && (
          <Group gap={2} wrap="nowrap">
            {canEdit && (
              <Tooltip label="Edit">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label="Edit comment"
                  onClick={() => setEditing(true)}
                >
                  <IconPencil size={14} />
                </ActionIcon>
              </Tooltip>
            )}
            {mayRedact && (
              <Tooltip label="Redact">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label="Redact comment"
                  onClick={() => setRedacting(true)}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        )}
      </Group>
      <Box px="sm" py="xs">
        {comment.redacted ? (
          <Text size="sm" c="dimmed" fs="italic">
            This comment was redacted by {comment.redactedBy?.name ?? 'an administrator'}
            {comment.redactedAt && (
              <>
                {' '}
                <RelativeTime value={comment.redactedAt} span size="sm" c="dimmed" fs="italic" />
              </>
            )}
            .
          </Text>
        ) : editing ? (
          <CommentEditor comment={comment} onDone={() => setEditing(false)} />
        ) : (
          <CommentHtml html={comment.html} />
        )}
        {attachments.length > 0 && (
          <Group gap="xs" mt="xs">
            {attachments.map((attachment) => (
              <AttachmentChip key={attachment.id} attachment={attachment} />
            ))}
          </Group>
        )}
      </Box>
      {mayRedact && <RedactDialog comment={comment} opened={redacting} onClose={() => setRedacting(false)} />}
    </Paper>
  );
}
