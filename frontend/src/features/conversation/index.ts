// The conversation's entry, loaded lazily with the ticket page.
export type { ConversationProps } from './components/conversation';
export { Conversation } from './components/conversation';
export { CommentHtml } from './components/comment-html';
export { uploadAttachment, useAttachmentLimits } from './api/conversation-api';
export { conversationKeys } from './api/conversation-keys';
export type {
  Attachment,
  Comment,
  MentionCandidate,
  Revision,
  SendAndSetStatus,
  TimelineEvent,
  Visibility,
} from './types';
