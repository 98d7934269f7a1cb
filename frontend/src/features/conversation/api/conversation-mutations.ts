import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { isApiProblem, type ApiProblem } from '@/lib/api-problem';
import type { UploadProgress } from '@/lib/api-client';
import type { Comment, Visibility } from '../types';
import { patchComment, postComment, redactComment, uploadAttachment } from './conversation-api';
import { invalidateConversation, writeAttachment, writeComment } from './conversation-cache';

function problemText(problem: ApiProblem): string {
  const message = problem.humanMessage;
  return problem.errorId ? `${message} (error id ${problem.errorId})` : message;
}

/** Edits one's own comment; the server's answer replaces it on screen. Failures are toasts. */
export function useEditComment(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation<Comment, ApiProblem, { commentId: string; body: string }>({
    mutationFn: ({ commentId, body }) => patchComment(ticketId, commentId, body),
    meta: { changes: 'conversation' },
    onSuccess: (comment) => writeComment(queryClient, comment),
    onError: (problem) => {
      if (problem.status === 401) return;
      notifications.show({ color: 'red', title: 'Comment not saved', message: problemText(problem) });
    },
    onSettled: () => invalidateConversation(queryClient, ticketId),
  });
}

/** Admins only: blanks the comment and its earlier texts for good. */
export function useRedactComment(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation<Comment, ApiProblem, { commentId: string }>({
    mutationFn: ({ commentId }) => redactComment(ticketId, commentId),
    meta: { changes: 'conversation' },
    onSuccess: (comment) => {
      writeComment(queryClient, comment);
      notifications.show({ color: 'teal', message: 'Comment redacted' });
    },
    onError: (problem) => {
      if (problem.status === 401) return;
      notifications.show({ color: 'red', title: 'Comment not redacted', message: problemText(problem) });
    },
    onSettled: () => invalidateConversation(queryClient, ticketId),
  });
}

export interface OutgoingFile {
  key: string;
  file: File;
}

export type FileOutcome =
  { state: 'uploading'; progress: UploadProgress } | { state: 'done' } | { state: 'failed'; message: string };

export interface SendVariables {
  body: string;
  visibility: Visibility;
  files: OutgoingFile[];
  /** Set when the comment was posted before and only its files are being sent (again). */
  commentId?: string;
}

export interface SendResult {
  /** The comment posted; null when files went without a message (onto the ticket itself). */
  commentId: string | null;
  /** Keys of the files the server did not take; the comment itself is posted. */
  failed: string[];
}

/**
 * Posts the comment (none when there is no text: the files then go onto the ticket itself), then
 * uploads each file onto it, one after the other, reporting progress and
 * each file's fate through `onFile`. A file the server refuses (413 too large, too many…) does not
 * fail the send: the comment is there; the result names the files that are not. Only a refused
 * comment fails the mutation (nothing was stored then).
 */
export function useSendMessage(ticketId: string, onFile: (key: string, outcome: FileOutcome) => void) {
  const queryClient = useQueryClient();
  return useMutation<SendResult, ApiProblem, SendVariables>({
    mutationFn: async ({ body, visibility, files, commentId }) => {
      let id: string | null | undefined = commentId;
      if (id === undefined) {
        if (body.trim() === '' && files.length > 0) {
          id = null;
        } else {
          const comment = await postComment(ticketId, { body, visibility });
          writeComment(queryClient, comment);
          id = comment.id;
        }
      }
      const failed: string[] = [];
      for (const { key, file } of files) {
        onFile(key, { state: 'uploading', progress: { loaded: 0, total: file.size } });
        try {
          const attachment = await uploadAttachment(ticketId, file, id, (progress) =>
            onFile(key, { state: 'uploading', progress }),
          );
          writeAttachment(queryClient, attachment);
          onFile(key, { state: 'done' });
        } catch (error) {
          if (!isApiProblem(error)) throw error;
          failed.push(key);
          onFile(key, { state: 'failed', message: problemText(error) });
        }
      }
      return { commentId: id, failed };
    },
    meta: { changes: 'conversation' },
    onSettled: () => invalidateConversation(queryClient, ticketId),
  });
}
