import type { Attachment, Comment, TimelineEvent } from '../types';

export type TimelineItem =
  | { kind: 'event'; key: string; at: string; event: TimelineEvent }
  | { kind: 'comment'; key: string; at: string; comment: Comment; attachments: Attachment[] }
  | { kind: 'attachment'; key: string; at: string; attachment: Attachment };

const RANK: Record<TimelineItem['kind'], number> = { event: 0, comment: 1, attachment: 2 };

/**
 * One list, oldest first: comments (each with its files), files on the ticket itself, and the
 * events the app composes in. At the same instant a field change comes before a comment, a
 * comment before a loose file.
 */
export function mergeTimeline(comments: Comment[], attachments: Attachment[], events: TimelineEvent[]): TimelineItem[] {
  const commentIds = new Set(comments.map((c) => c.id));
  const filesOf = new Map<string, Attachment[]>();
  const loose: Attachment[] = [];
  for (const attachment of attachments) {
    if (attachment.commentId !== null && commentIds.has(attachment.commentId)) {
      const list = filesOf.get(attachment.commentId) ?? [];
      list.push(attachment);
      filesOf.set(attachment.commentId, list);
    } else {
      loose.push(attachment);
    }
  }
  const items: TimelineItem[] = [
    ...events.map((event): TimelineItem => ({ kind: 'event', key: `event-${event.id}`, at: event.at, event })),
    ...comments.map((comment): TimelineItem => ({
      kind: 'comment',
      key: `comment-${comment.id}`,
      at: comment.createdAt,
      comment,
      attachments: filesOf.get(comment.id) ?? [],
    })),
    ...loose.map((attachment): TimelineItem => ({
      kind: 'attachment',
      key: `attachment-${attachment.id}`,
      at: attachment.createdAt,
      attachment,
    })),
  ];
  // Array.prototype.sort is stable: equal times keep their kind order, then the server's order.
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || RANK[a.kind] - RANK[b.kind]);
}
