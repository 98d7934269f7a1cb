import type { QueryClient } from '@tanstack/react-query';
import type { Attachment, Comment, ItemList } from '../types';
import { conversationKeys } from './conversation-keys';

const byTime = <T extends { createdAt: string }>(a: T, b: T) => Date.parse(a.createdAt) - Date.parse(b.createdAt);

function upsert<T extends { id: string; createdAt: string }>(
  old: ItemList<T> | undefined,
  item: T,
): ItemList<T> | undefined {
  if (!old) return old; // not loaded yet: the refetch brings it
  const items = old.items.some((i) => i.id === item.id)
    ? old.items.map((i) => (i.id === item.id ? item : i))
    : [...old.items, item].sort(byTime);
  return { items };
}

/** Writes a comment the server just returned (posted, edited, redacted) into the ticket's list. */
export function writeComment(queryClient: QueryClient, comment: Comment): void {
  queryClient.setQueryData<ItemList<Comment>>(conversationKeys.comments(comment.ticketId), (old) =>
    upsert(old, comment),
  );
}

export function writeAttachment(queryClient: QueryClient, attachment: Attachment): void {
  queryClient.setQueryData<ItemList<Attachment>>(conversationKeys.attachments(attachment.ticketId), (old) =>
    upsert(old, attachment),
  );
}

/** Not awaited: what is on screen is already the server's answer; this catches others' changes. */
export function invalidateConversation(queryClient: QueryClient, ticketId: string): void {
  void queryClient.invalidateQueries({ queryKey: conversationKeys.comments(ticketId) });
  void queryClient.invalidateQueries({ queryKey: conversationKeys.attachments(ticketId) });
}
