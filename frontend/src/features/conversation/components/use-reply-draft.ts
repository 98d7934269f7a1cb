import { useEffect, useMemo, useState } from 'react';
import { readDraft, writeDraft } from '@/lib/drafts';
import type { Comment, Visibility } from '../types';

/** A reply being written, as kept in the browser until it is sent or discarded. */
export interface ReplyDraft {
  text: string;
  visibility: Visibility;
  /** Files cannot be kept by the browser: their names are, so the person knows what to attach again. */
  fileNames: string[];
  /** The newest comment the person had seen when they started writing ('' when there was none). */
  seenUpTo: string;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isReplyDraft(value: unknown): value is ReplyDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.text === 'string' &&
    (draft.visibility === 'public' || draft.visibility === 'internal') &&
    isStringArray(draft.fileNames) &&
    typeof draft.seenUpTo === 'string'
  );
}

const time = (iso: string) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

/** The newest comment's time ('' when there are none). */
export function newestCommentAt(comments: readonly Comment[]): string {
  return comments.reduce((newest, c) => (time(c.createdAt) > time(newest) ? c.createdAt : newest), '');
}

/** Comments by others, newer than what the person had seen when they started writing. */
export function repliesSince(comments: readonly Comment[], seenUpTo: string, myId: string): Comment[] {
  return comments.filter((c) => c.author?.id !== myId && time(c.createdAt) > time(seenUpTo));
}

/**
 * The composer's text and visibility, restored from and saved to the ticket's reply draft on every
 * change. The draft disappears when both text and files are gone (sent, discarded or erased).
 */
export function useReplyDraft(ticketId: string, comments: readonly Comment[] | undefined, fileNames: string[]) {
  const [restored] = useState(() => readDraft('reply', ticketId, isReplyDraft));
  const [text, setText] = useState(restored?.text ?? '');
  const [visibility, setVisibility] = useState<Visibility>(restored?.visibility ?? 'public');
  const [seenUpTo, setSeenUpTo] = useState<string | undefined>(restored?.seenUpTo);
  const [restoredNotice, setRestoredNotice] = useState(
    restored !== undefined && (restored.text.trim().length > 0 || restored.fileNames.length > 0),
  );
  const keptFileNames = useMemo(() => (restoredNotice ? (restored?.fileNames ?? []) : []), [restoredNotice, restored]);
  const writing = text.trim().length > 0 || fileNames.length > 0 || keptFileNames.length > 0;

  // The moment writing starts (comments loaded), remember what had been seen.
  if (writing && seenUpTo === undefined && comments) setSeenUpTo(newestCommentAt(comments));
  if (!writing && seenUpTo !== undefined) setSeenUpTo(undefined);

  const fileKey = fileNames.join('\n');
  useEffect(() => {
    if (!writing) {
      writeDraft('reply', ticketId, undefined);
      return;
    }
    const draft: ReplyDraft = {
      text,
      visibility,
      fileNames: [...new Set([...(fileKey ? fileKey.split('\n') : []), ...keptFileNames])],
      seenUpTo: seenUpTo ?? '',
    };
    writeDraft('reply', ticketId, draft);
  }, [ticketId, text, visibility, fileKey, seenUpTo, writing, keptFileNames]);

  return {
    text,
    setText,
    visibility,
    setVisibility,
    writing,
    /** Files named in a restored draft (the files themselves were not kept). */
    restoredFileNames: keptFileNames,
    /** The draft came back from an earlier visit (until it is sent or discarded). */
    restored: restoredNotice,
    seenUpTo: seenUpTo ?? '',
    /** The person has read what arrived meanwhile: the next send goes through without asking. */
    markSeen: (upTo: string) => setSeenUpTo(upTo),
    /** Sent or discarded: forget the draft (the composer clears its files itself). */
    clear: () => {
      setText('');
      setRestoredNotice(false);
    },
  };
}
