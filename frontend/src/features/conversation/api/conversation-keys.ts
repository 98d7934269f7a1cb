/** The one query-key factory of the conversation feature; mutations invalidate by these prefixes. */
export const conversationKeys = {
  all: ['conversation'] as const,
  comments: (ticketId: string) => [...conversationKeys.all, 'comments', ticketId] as const,
  /** Under the ticket's comments, so refreshing the comments refreshes open revision lists too. */
  revisions: (ticketId: string, commentId: string) =>
    [...conversationKeys.comments(ticketId), commentId, 'revisions'] as const,
  attachments: (ticketId: string) => [...conversationKeys.all, 'attachments', ticketId] as const,
  /** The server's upload limits (they change only with its configuration). */
  attachmentLimits: () => [...conversationKeys.all, 'attachment-limits'] as const,
};
