import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Textarea,
} from '@mantine/core';
import { IconChevronDown, IconPaperclip, IconSend } from '@tabler/icons-react';
import { ApiProblem } from '@/lib/api-problem';
import { useShortcuts } from '@/lib/shortcuts';
import { useAttachmentLimits, useComments } from '../api/conversation-api';
import type { Comment, MentionCandidate, SendAndSetStatus } from '../types';
import { authorName } from './author';
import { ComposerPreview } from './composer-preview';
import { MentionSuggestions } from './mention-suggestions';
import { PendingFileRow } from './pending-file-row';
import { useFileDrop } from './use-file-drop';
import { useMentionAutocomplete } from './use-mention-autocomplete';
import { usePendingFiles } from './use-pending-files';
import { newestCommentAt, repliesSince, useReplyDraft } from './use-reply-draft';
import { useSendWithRetry } from './use-send-with-retry';
import textClasses from '@/components/text.module.css';
import classes from './conversation.module.css';

const VISIBILITIES = [
  { value: 'public', label: 'Public reply' },
  { value: 'internal', label: 'Internal note' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const SEND_KEYS = isMac ? '⌘+Enter' : 'Ctrl+Enter';

interface ComposerProps {
  ticketId: string;
  members: MentionCandidate[];
  /** The signed-in person: replies by anyone else while they write are shown before sending. */
  currentUserId: string;
  /** Told whether the person is writing a reply right now (for "Alice is replying…" elsewhere). */
  onComposingChange?: (composing: boolean) => void;
  /** Shown above the composer (e.g. who else is replying). */
  note?: ReactNode;
  /** "Send and set status" (and "then open the next ticket"), composed in by the app. */
  sendAndSet?: SendAndSetStatus | undefined;
}

/** What happens once the reply is on the server: a status to set, and whether to open the next ticket. */
interface FollowUp {
  status?: { value: string; label: string };
  openNext: boolean;
}

function RepliedMeanwhile({
  comments,
  onSend,
  onReview,
  sending,
}: {
  comments: Comment[];
  onSend: () => void;
  onReview: () => void;
  sending: boolean;
}) {
  const authors = [...new Set(comments.map(authorName))].join(', ');
  return (
    <Alert color="yellow" variant="light" p="xs" title={`${authors} replied while you were writing`} role="alert">
      <Stack gap={6}>
        {comments.map((comment) => (
          <Text key={comment.id} size="sm" className={textClasses.preWrap} lineClamp={4}>
            <Text span fw={600} size="sm">
              {authorName(comment)}:
            </Text>{' '}
            {comment.redacted ? 'This message was redacted.' : comment.body}
          </Text>
        ))}
        <Group gap="xs">
          <Button size="xs" onClick={onSend} loading={sending}>
            Send anyway
          </Button>
          <Button size="xs" variant="default" onClick={onReview} disabled={sending}>
            Review my reply
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Markdown with a preview, public reply or internal note, `@` autocomplete, files by picker, drop
 * or paste with progress. Send posts the comment, then each file onto it. If the server refuses a
 * file, the comment is already posted: the text stays (read-only) with the refused files and their
 * reasons, to retry or let go, so nothing is posted twice.
 *
 * The concerns live beside it: useMentionAutocomplete + MentionSuggestions, usePendingFiles +
 * PendingFileRow + useFileDrop, useSendWithRetry, ComposerPreview.
 */
export function Composer({ ticketId, members, currentUserId, onComposingChange, note, sendAndSet }: ComposerProps) {
  const [tab, setTab] = useState<string | null>('write');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const files = usePendingFiles(useAttachmentLimits().data);
  const comments = useComments(ticketId).data;
  const draft = useReplyDraft(
    ticketId,
    comments,
    files.files.filter((f) => f.state !== 'done').map((f) => f.file.name),
  );
  const { text, setText, visibility, setVisibility } = draft;
  const [meanwhile, setMeanwhile] = useState<Comment[]>([]);
  const mentions = useMentionAutocomplete({ textareaRef, text, setText, members, enabled: tab === 'write' });
  const send = useSendWithRetry(ticketId, { text, visibility }, files, () => reset());
  const { sending, posted } = send;
  const { dragging, dropHandlers } = useFileDrop<HTMLFormElement>(files.add, !sending);

  // Send and set status: the reply first, then the status with the version the page holds (a comment does
  // not move the ticket's version); if the status is refused, the reply is still sent and this says why.
  const followUp = useRef<FollowUp>({ openNext: false });
  const [openNext, setOpenNext] = useState(false);
  const [settingStatus, setSettingStatus] = useState(false);
  const [statusProblem, setStatusProblem] = useState<string | null>(null);
  const afterSent = () => {
    const { status, openNext: thenNext } = followUp.current;
    followUp.current = { openNext: false };
    const next = thenNext ? sendAndSet?.openNext : undefined;
    if (!status || !sendAndSet) {
      next?.();
      return;
    }
    setSettingStatus(true);
    sendAndSet.setStatus(status.value).then(
      () => {
        setSettingStatus(false);
        next?.();
      },
      (problem: unknown) => {
        setSettingStatus(false);
        setStatusProblem(
          `Your reply was sent, but the status is not ${status.label}: ${
            problem instanceof ApiProblem ? problem.humanMessage : 'the change did not reach the server.'
          }`,
        );
      },
    );
  };

  // r: a public reply, n: an internal note — from anywhere on the ticket page.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) textareaRef.current?.focus();
  }, [focusRequest]);
  const startWriting = (kind: 'public' | 'internal') => {
    if (sending || posted) return false;
    setVisibility(kind);
    setTab('write');
    setFocusRequest((n) => n + 1);
  };
  useShortcuts({ reply: () => startWriting('public'), internalNote: () => startWriting('internal') });

  const composing = text.trim().length > 0;
  useEffect(() => onComposingChange?.(composing), [composing, onComposingChange]);
  useEffect(() => () => onComposingChange?.(false), [onComposingChange]);

  /** Send, unless someone else replied since the person started writing: then show that first. */
  const submit = (status?: FollowUp['status']) => {
    if (send.sending || settingStatus) return;
    if (!send.posted) followUp.current = { status, openNext: openNext && sendAndSet?.openNext !== undefined };
    setStatusProblem(null);
    const others = send.posted ? [] : repliesSince(comments ?? [], draft.seenUpTo, currentUserId);
    if (others.length > 0 && send.canSend) {
      setMeanwhile(others);
      return;
    }
    send.submit(afterSent);
  };
  const acknowledge = () => {
    draft.markSeen(newestCommentAt(comments ?? []));
    setMeanwhile([]);
  };

  function reset() {
    draft.clear();
    setMeanwhile([]);
    files.clear();
    send.reset();
    mentions.reset();
    setTab('write');
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.handleKey(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (posted || sending || event.clipboardData.files.length === 0) return;
    event.preventDefault();
    files.add(event.clipboardData.files);
  };

  const hasText = text.trim().length > 0;
  const failedCount = files.files.filter((f) => f.state === 'failed').length;
  const filesAlone = files.files.length > 0 && !hasText && !posted;
  const internal = visibility === 'internal';

  return (
    <Stack gap={4}>
      {note}
      <Paper
        component="form"
        withBorder
        radius="md"
        p="sm"
        aria-label="Write a reply"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        {...dropHandlers}
        className={[classes.composer, internal ? classes.composerInternal : '', dragging ? classes.dropping : ''].join(
          ' ',
        )}
      >
        <Tabs value={tab} onChange={setTab} variant="pills" radius="sm" keepMounted>
          <Stack gap="xs">
            <Group justify="space-between" gap="xs">
              <SegmentedControl
                size="xs"
                data={VISIBILITIES}
                value={visibility}
                onChange={(value) => setVisibility(value === 'internal' ? 'internal' : 'public')}
                disabled={sending || posted}
                color={internal ? 'orange' : 'indigo'}
              />
              <Tabs.List>
                <Tabs.Tab value="write" size="xs" py={4} px={10}>
                  Write
                </Tabs.Tab>
                <Tabs.Tab value="preview" size="xs" py={4} px={10}>
                  Preview
                </Tabs.Tab>
              </Tabs.List>
            </Group>

            <Tabs.Panel value="write" pos="relative">
              <Textarea
                ref={textareaRef}
                aria-label="Message"
                aria-describedby={hintId}
                placeholder={
                  internal
                    ? 'Only agents see internal notes. Markdown; @ to mention a colleague.'
                    : 'Reply to the requester. Markdown; @ to mention a colleague.'
                }
                value={text}
                onChange={(event) => {
                  setText(event.currentTarget.value);
                  mentions.refresh(event.currentTarget);
                }}
                onSelect={(event) => mentions.refresh(event.currentTarget)}
                onKeyDown={onKeyDown}
                onPaste={onPaste}
                onBlur={mentions.close}
                readOnly={sending || posted}
                error={send.problem}
                autosize
                minRows={4}
                maxRows={16}
                {...mentions.inputProps}
              />
              <MentionSuggestions autocomplete={mentions} members={members} />
            </Tabs.Panel>
            <Tabs.Panel
              value="preview"
              mih={96}
              px="xs"
              py={6}
              bd="1px solid var(--mantine-color-default-border)"
              bg="var(--mantine-color-body)"
              className={classes.previewPanel}
            >
              {tab === 'preview' && <ComposerPreview text={text} />}
            </Tabs.Panel>

            {files.files.length > 0 && (
              <Stack gap={6} aria-label="Files to send" role="group">
                {files.files.map((pending) => (
                  <PendingFileRow
                    key={pending.key}
                    pending={pending}
                    onRemove={sending || pending.state === 'done' ? undefined : () => files.remove(pending.key)}
                  />
                ))}
              </Stack>
            )}

            {draft.restored && (
              <Text size="xs" c="dimmed" data-testid="draft-restored">
                Your unsent draft is back.
                {draft.restoredFileNames.length > 0 &&
                  ` Attach again: ${draft.restoredFileNames.join(', ')} (the browser cannot keep files).`}
              </Text>
            )}

            {meanwhile.length > 0 && (
              <RepliedMeanwhile
                comments={meanwhile}
                sending={sending}
                onReview={acknowledge}
                onSend={() => {
                  acknowledge();
                  send.submit(afterSent);
                }}
              />
            )}

            {statusProblem && (
              <Alert
                color="red"
                variant="light"
                p="xs"
                role="alert"
                title="Status not changed"
                withCloseButton
                closeButtonLabel="Dismiss"
                onClose={() => setStatusProblem(null)}
              >
                {statusProblem}
              </Alert>
            )}

            {posted && (
              <Alert color="orange" variant="light" p="xs" title="Message posted, but not every file">
                {failedCount === 1 ? 'One file was' : `${failedCount} files were`} not attached. Remove{' '}
                {failedCount === 1 ? 'it' : 'them'} or try again; the message itself will not be posted twice.
              </Alert>
            )}

            <Group justify="space-between" gap="xs" wrap="wrap">
              <Group gap="xs" wrap="nowrap" miw={0} flex={1}>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPaperclip size={14} aria-hidden />}
                  onClick={() => fileInputRef.current?.click()}
                  disabled={sending}
                  className={textClasses.noShrink}
                >
                  Attach files
                </Button>
                <input
                  ref={fileInputRef}
                  type="file"
                  multiple
                  hidden
                  aria-label="Attach files"
                  onChange={(event) => {
                    files.add(event.currentTarget.files);
                    event.currentTarget.value = '';
                  }}
                />
                {filesAlone ? (
                  <Text id={hintId} size="xs" c="dimmed">
                    Without a message, the files are added to the ticket itself.
                  </Text>
                ) : (
                  <Text id={hintId} size="xs" c="dimmed" visibleFrom="sm">
                    Markdown · {SEND_KEYS} sends
                  </Text>
                )}
              </Group>
              {posted ? (
                <Group gap="xs">
                  <Button variant="default" size="xs" onClick={reset} disabled={sending}>
                    Done
                  </Button>
                  <Button
                    size="xs"
                    onClick={() => send.submit(afterSent)}
                    loading={sending}
                    disabled={files.files.length === 0}
                  >
                    Retry upload
                  </Button>
                </Group>
              ) : (
                <Group gap="xs" wrap="wrap" justify="flex-end">
                  {draft.writing && !sending && (
                    <Button variant="subtle" color="gray" size="xs" onClick={reset}>
                      Discard draft
                    </Button>
                  )}
                  {sendAndSet?.openNext && (
                    <Checkbox
                      size="xs"
                      visibleFrom="sm"
                      label="Then next ticket"
                      checked={openNext}
                      onChange={(event) => setOpenNext(event.currentTarget.checked)}
                    />
                  )}
                  <Button.Group>
                    <Button
                      type="submit"
                      size="xs"
                      color={internal ? 'orange' : undefined}
                      leftSection={<IconSend size={14} aria-hidden />}
                      disabled={!send.canSend || settingStatus}
                      loading={sending || settingStatus}
                    >
                      Send
                    </Button>
                    {sendAndSet && sendAndSet.options.length > 0 && (
                      <Menu position="top-end" withinPortal>
                        <Menu.Target>
                          <Button
                            size="xs"
                            px={6}
                            color={internal ? 'orange' : undefined}
                            aria-label="Send and set status"
                            disabled={!send.canSend || sending || settingStatus}
                          >
                            <IconChevronDown size={14} aria-hidden />
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {sendAndSet.options.map((option) => (
                            <Menu.Item key={option.value} onClick={() => submit(option)}>
                              Send and set {option.label}
                            </Menu.Item>
                          ))}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Button.Group>
                </Group>
              )}
            </Group>
          </Stack>
        </Tabs>
        {dragging && (
          <Box
            pos="absolute"
            inset={0}
            bg="var(--wt-overlay, rgba(255, 255, 255, 0.85))"
            className={classes.dropOverlay}
          >
            <Text fw={600} c="indigo">
              Drop files to attach them
            </Text>
          </Box>
        )}
      </Paper>
    </Stack>
  );
}
