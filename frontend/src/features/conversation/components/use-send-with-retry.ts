import { useState } from 'react';
import { useSendMessage } from '../api/conversation-mutations';
import type { Visibility } from '../types';
import { sendable, type PendingFiles } from './use-pending-files';

/**
 * Send and retry: posts the comment, then each file onto it. If the server refuses a file, the
 * comment is already posted: `posted` turns true and the next `submit` sends only the refused (and
 * newly added) files onto the same comment, so nothing is posted twice. Files without a message go
 * onto the ticket itself (no comment); files over the size limit are never sent.
 */
export function useSendWithRetry(
  ticketId: string,
  message: { text: string; visibility: Visibility },
  files: PendingFiles,
  onSent: () => void,
) {
  const [postedCommentId, setPostedCommentId] = useState<string | null>(null);
  const send = useSendMessage(ticketId, files.update);
  const sending = send.isPending;
  const posted = postedCommentId !== null;
  const hasText = message.text.trim().length > 0;
  const hasFiles = sendable(files.files).length > 0;

  /** `afterSent` runs once the comment and every file are on the server (not when a file was refused). */
  const submit = (afterSent?: () => void) => {
    if (sending) return;
    const outgoing = sendable(files.files);
    if (posted) {
      if (outgoing.length === 0) return;
    } else if (!hasText && outgoing.length === 0) {
      return;
    }
    send.mutate(
      {
        body: message.text,
        visibility: message.visibility,
        files: outgoing.map(({ key, file }) => ({ key, file })),
        commentId: postedCommentId ?? undefined,
      },
      {
        onSuccess: (result) => {
          if (result.failed.length === 0) {
            onSent();
            afterSent?.();
            return;
          }
          if (result.commentId !== null) setPostedCommentId(result.commentId);
          files.keepUnsent(result.failed);
        },
      },
    );
  };

  return {
    submit,
    sending,
    posted,
    canSend: !sending && !posted && (hasText || hasFiles),
    /** Why the server refused the comment itself (nothing was stored then). */
    problem: send.error && !posted ? (send.error.fieldError('body') ?? send.error.humanMessage) : undefined,
    reset: () => {
      setPostedCommentId(null);
      send.reset();
    },
  };
}
