import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type OnUploadProgress } from '@/lib/api-client';
import type { Attachment, AttachmentLimits, Comment, ItemList, NewComment, Revision } from '../types';
import { conversationKeys } from './conversation-keys';

const ticketPath = (ticketId: string) => `/api/tickets/${encodeURIComponent(ticketId)}`;
const commentPath = (ticketId: string, commentId: string) =>
  `${ticketPath(ticketId)}/comments/${encodeURIComponent(commentId)}`;

/** Where a file downloads (`Content-Disposition: attachment`). */
export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;
/** Where a previewable image is sent inline (PNG, JPEG, GIF, WebP only). */
export const attachmentPreviewUrl = (id: string) => `${attachmentUrl(id)}?inline=true`;

export const fetchComments = (ticketId: string, signal?: AbortSignal) =>
  api.get<ItemList<Comment>>(`${ticketPath(ticketId)}/comments`, { signal });
export const fetchRevisions = (ticketId: string, commentId: string, signal?: AbortSignal) =>
  api.get<ItemList<Revision>>(`${commentPath(ticketId, commentId)}/revisions`, { signal });
export const fetchAttachments = (ticketId: string, signal?: AbortSignal) =>
  api.get<ItemList<Attachment>>(`${ticketPath(ticketId)}/attachments`, { signal });

export const fetchAttachmentLimits = (signal?: AbortSignal) =>
  api.get<AttachmentLimits>('/api/attachments/limits', { signal });

/** How large a file may be, read once per session: an oversize file is refused before it is sent. */
export const attachmentLimitsQueryOptions = () =>
  queryOptions({
    queryKey: conversationKeys.attachmentLimits(),
    queryFn: ({ signal }) => fetchAttachmentLimits(signal),
    staleTime: Infinity,
  });
export const useAttachmentLimits = () => useQuery(attachmentLimitsQueryOptions());

export const postComment = (ticketId: string, comment: NewComment) =>
  api.post<Comment>(`${ticketPath(ticketId)}/comments`, comment);
export const patchComment = (ticketId: string, commentId: string, body: string) =>
  api.patch<Comment>(commentPath(ticketId, commentId), { body });
export const redactComment = (ticketId: string, commentId: string) =>
  api.post<Comment>(`${commentPath(ticketId, commentId)}/redaction`);

/** One file per request: multipart field `file`, and `commentId` to hang it on a comment. */
export function uploadAttachment(
  ticketId: string,
  file: File,
  commentId: string | null,
  onProgress?: OnUploadProgress,
) {
  const form = new FormData();
  form.append('file', file, file.name);
  if (commentId) form.append('commentId', commentId);
  return api.upload<Attachment>(`${ticketPath(ticketId)}/attachments`, form, onProgress);
}

export const commentsQueryOptions = (ticketId: string) =>
  queryOptions({
    queryKey: conversationKeys.comments(ticketId),
    queryFn: ({ signal }) => fetchComments(ticketId, signal),
    select: (data) => data.items,
  });

export const attachmentsQueryOptions = (ticketId: string) =>
  queryOptions({
    queryKey: conversationKeys.attachments(ticketId),
    queryFn: ({ signal }) => fetchAttachments(ticketId, signal),
    select: (data) => data.items,
  });

export const revisionsQueryOptions = (ticketId: string, commentId: string) =>
  queryOptions({
    queryKey: conversationKeys.revisions(ticketId, commentId),
    queryFn: ({ signal }) => fetchRevisions(ticketId, commentId, signal),
    select: (data) => data.items,
  });

export const useComments = (ticketId: string) => useQuery(commentsQueryOptions(ticketId));
export const useAttachments = (ticketId: string) => useQuery(attachmentsQueryOptions(ticketId));
export const useRevisions = (ticketId: string, commentId: string, enabled: boolean) =>
  useQuery({ ...revisionsQueryOptions(ticketId, commentId), enabled });
