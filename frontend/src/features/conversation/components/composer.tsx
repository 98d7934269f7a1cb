import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type SubmitEvent,
  type KeyboardEvent,
} from 'react';
import {
  Alert,
  Box,
  Button,
  CloseButton,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Textarea,
} from '@mantine/core';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useSendMessage, type FileOutcome } from '../api/conversation-mutations';
import { humanSize } from './files';
import { handleFor, mentionQueryAt, suggestMembers } from './mentions';
import { renderMarkdownPreview } from './safe-html';
import type { MentionCandidate, Visibility } from '../types';
import { FileIcon } from './attachment-chip';
import { CommentHtml } from './comment-html';
import classes from './conversation.module.css';

interface PendingFile {
  key: string;
  file: File;
  state: 'ready' | 'uploading' | 'done' | 'failed';
  /** 0–100 */
  progress: number;
  message?: string;
}

const VISIBILITIES = [
  { value: 'public', label: 'Public reply' },
  { value: 'internal', label: 'Internal note' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const SEND_KEYS = isMac ? '⌘+Enter' : 'Ctrl+Enter';

let fileSequence = 0;

function percent(loaded: number, total: number | undefined): number {
  if (!total) return 0;
  return Math.min(100, Math.round((loaded / total) * 100));
}

function applyOutcome(file: PendingFile, outcome: FileOutcome): PendingFile {
  switch (outcome.state) {
    case 'uploading':
      return {
        ...file,
        state: 'uploading',
        progress: percent(outcome.progress.loaded, outcome.progress.total),
        message: undefined,
      };
    case 'done':
      return { ...file, state: 'done', progress: 100, message: undefined };
    case 'failed':
      return { ...file, state: 'failed', message: outcome.message };
  }
}

function FileRow({ pending, onRemove }: { pending: PendingFile; onRemove?: () => void }) {
  const { file, state, progress, message } = pending;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-state={state}>
      <FileIcon contentType={file.type} />
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" truncate="end" title={file.name}>
            {file.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {humanSize(file.size)}
          </Text>
        </Group>
        {(state === 'uploading' || state === 'done') && (
          <Progress
            value={progress}
            size="sm"
            color={state === 'done' ? 'teal' : undefined}
            aria-label={`Upload of ${file.name}`}
            animated={state === 'uploading'}
          />
        )}
        {state === 'failed' && (
          <Text size="xs" c="red" role="alert">
            {file.name}: {message}
          </Text>
        )}
      </Stack>
      {onRemove && <CloseButton size="sm" aria-label={`Remove ${file.name}`} onClick={onRemove} />}
    </Group>
  );
}

interface ComposerProps {
  ticketId: string;
  members: MentionCandidate[];
}

/**
 * Markdown with a preview, public reply or internal note, `@` autocomplete, files by picker, drop
 * or paste with progress. Send posts the comment, then each file onto it. If the server refuses a
 * file, the comment is already posted: the text stays (read-only) with the refused files and their
 * reasons, to retry or let go, so nothing is posted twice.
 */
export function Composer({ ticketId, members }: ComposerProps) {
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [tab, setTab] = useState<string | null>('write');
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [postedCommentId, setPostedCommentId] = useState<string | null>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [activeSuggestion, setActiveSuggestion] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const hintId = useId();

  const send = useSendMessage(ticketId, (key, outcome) =>
    setFiles((current) => current.map((f) => (f.key === key ? applyOutcome(f, outcome) : f))),
  );
  const sending = send.isPending;
  const posted = postedCommentId !== null;
  const hasText = text.trim().length > 0;
  const canSend = !sending && !posted && hasText;

  const suggestions = useMemo(
    () => (mention && mention.start !== dismissedAt ? suggestMembers(mention.query, members) : []),
    [mention, dismissedAt, members],
  );
  const suggesting = suggestions.length > 0 && tab === 'write';
  const active = Math.min(activeSuggestion, Math.max(0, suggestions.length - 1));

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const el = textareaRef.current;
    if (caret === null || !el) return;
    pendingCaret.current = null;
    el.focus();
    el.setSelectionRange(caret, caret);
  }, [text]);

  const reset = () => {
    setText('');
    setFiles([]);
    setPostedCommentId(null);
    setMention(null);
    setDismissedAt(null);
    setTab('write');
    send.reset();
  };

  const addFiles = (list: FileList | File[] | null) => {
    if (!list || list.length === 0) return;
    const added = Array.from(list).map((file): PendingFile => ({
      key: `f${(fileSequence += 1)}`,
      file,
      state: 'ready',
      progress: 0,
    }));
    setFiles((current) => [...current, ...added]);
  };

  const removeFile = (key: string) => setFiles((current) => current.filter((f) => f.key !== key));

  const submit = () => {
    if (sending) return;
    const outgoing = files.filter((f) => f.state !== 'done');
    if (posted) {
      if (outgoing.length === 0) return;
    } else if (!hasText) {
      return;
    }
    send.mutate(
      {
        body: text,
        visibility,
        files: outgoing.map(({ key, file }) => ({ key, file })),
        commentId: postedCommentId ?? undefined,
      },
      {
        onSuccess: (result) => {
          if (result.failed.length === 0) {
            reset();
            return;
          }
          setPostedCommentId(result.commentId);
          setFiles((current) => current.filter((f) => result.failed.includes(f.key) || f.state === 'ready'));
        },
      },
    );
  };

  const refreshMention = (el: HTMLTextAreaElement) => {
    const next = mentionQueryAt(el.value, el.selectionStart);
    setMention((current) => (current?.start === next?.start && current?.query === next?.query ? current : next));
    if (!next) setDismissedAt(null);
  };

  const choose = (member: MentionCandidate) => {
    const el = textareaRef.current;
    if (!mention || !el) return;
    const insert = `@${handleFor(member, members)} `;
    const next = text.slice(0, mention.start) + insert + text.slice(el.selectionStart);
    pendingCaret.current = mention.start + insert.length;
    setText(next);
    setMention(null);
    setActiveSuggestion(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const command = event.ctrlKey || event.metaKey;
    if (suggesting && !command) {
      const count = suggestions.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActiveSuggestion((active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const member = suggestions[active];
        if (member) {
          event.preventDefault();
          choose(member);
          return;
        }
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedAt(mention?.start ?? null);
        return;
      }
    }
    if (event.key === 'Enter' && command) {
      event.preventDefault();
      submit();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (posted || sending || event.clipboardData.files.length === 0) return;
    event.preventDefault();
    addFiles(event.clipboardData.files);
  };

  const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  const onDragOver = (event: DragEvent<HTMLFormElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = sending ? 'none' : 'copy';
    if (!dragging) setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLFormElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    if (!sending) addFiles(event.dataTransfer.files);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const failedCount = files.filter((f) => f.state === 'failed').length;
  const filesNeedText = files.length > 0 && !hasText && !posted;
  const sendProblem = send.error && !posted ? (send.error.fieldError('body') ?? send.error.humanMessage) : undefined;
  const internal = visibility === 'internal';
  const preview = tab === 'preview' ? renderMarkdownPreview(text) : '';

  return (
    <Paper
      component="form"
      withBorder
      radius="md"
      p="sm"
      aria-label="Write a reply"
      noValidate
      onSubmit={onSubmit}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
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
                refreshMention(event.currentTarget);
              }}
              onSelect={(event) => refreshMention(event.currentTarget)}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
              onBlur={() => setMention(null)}
              readOnly={sending || posted}
              error={sendProblem}
              autosize
              minRows={4}
              maxRows={16}
              aria-autocomplete="list"
              aria-controls={suggesting ? listId : undefined}
              aria-activedescendant={suggesting ? `${listId}-${active}` : undefined}
            />
            {suggesting && (
              <Paper
                component="ul"
                role="listbox"
                id={listId}
                aria-label="People to mention"
                shadow="md"
                withBorder
                className={classes.suggestions}
              >
                {suggestions.map((member, index) => (
                  // The combobox pattern: the textarea owns the keyboard (arrows, Enter, Escape via
                  // aria-activedescendant); an option only answers the pointer.
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                  <li
                    key={member.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className={classes.suggestion}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(member)}
                  >
                    <Text span size="sm" fw={500}>
                      {member.name}
                    </Text>{' '}
                    <Text span size="xs" c="dimmed">
                      @{handleFor(member, members)}
                    </Text>
                  </li>
                ))}
              </Paper>
            )}
          </Tabs.Panel>
          <Tabs.Panel
            value="preview"
            mih={96}
            px="xs"
            py={6}
            bd="1px solid var(--mantine-color-default-border)"
            bg="var(--mantine-color-body)"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            {tab === 'preview' &&
              (hasText ? (
                <CommentHtml html={preview} />
              ) : (
                <Text size="sm" c="dimmed">
                  Nothing to preview.
                </Text>
              ))}
          </Tabs.Panel>

          {files.length > 0 && (
            <Stack gap={6} aria-label="Files to send" role="group">
              {files.map((pending) => (
                <FileRow
                  key={pending.key}
                  pending={pending}
                  onRemove={sending || pending.state === 'done' ? undefined : () => removeFile(pending.key)}
                />
              ))}
            </Stack>
          )}

          {posted && (
            <Alert color="orange" variant="light" p="xs" title="Message posted, but not every file">
              {failedCount === 1 ? 'One file was' : `${failedCount} files were`} not attached. Remove{' '}
              {failedCount === 1 ? 'it' : 'them'} or try again; the message itself will not be posted twice.
            </Alert>
          )}

          <Group justify="space-between" gap="xs" wrap="wrap">
            <Group gap="xs" wrap="nowrap" miw={0} style={{ flex: 1 }}>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPaperclip size={14} aria-hidden />}
                onClick={() => fileInputRef.current?.click()}
                disabled={sending}
                style={{ flexShrink: 0 }}
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
                  addFiles(event.currentTarget.files);
                  event.currentTarget.value = '';
                }}
              />
              {filesNeedText ? (
                <Text id={hintId} size="xs" c="orange.8">
                  Files go with a message: write one to send them.
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
                <Button size="xs" onClick={submit} loading={sending} disabled={files.length === 0}>
                  Retry upload
                </Button>
              </Group>
            ) : (
              <Button
                type="submit"
                size="xs"
                color={internal ? 'orange' : undefined}
                leftSection={<IconSend size={14} aria-hidden />}
                disabled={!canSend}
                loading={sending}
              >
                Send
              </Button>
            )}
          </Group>
        </Stack>
      </Tabs>
      {dragging && (
        <Box
          pos="absolute"
          inset={0}
          bg="rgba(255,255,255,0.85)"
          style={{ display: 'grid', placeItems: 'center', borderRadius: 'inherit', pointerEvents: 'none' }}
        >
          <Text fw={600} c="indigo">
            Drop files to attach them
          </Text>
        </Box>
      )}
    </Paper>
  );
}
