import type { ReactNode } from 'react';

export type Visibility = 'public' | 'internal';

export interface Person {
  id: string;
  name: string;
  email: string;
}

/** A reply or internal note as the server sends it (docs/api.md, "Conversation"). */
export interface Comment {
  id: string;
  ticketId: string;
  author: Person;
  visibility: Visibility;
  /** The Markdown as written; empty once redacted. */
  body: string;
  /** The server's rendering of `body`, sanitised with an allow-list; empty once redacted. */
  html: string;
  mentions: Person[];
  edited: boolean;
  editedAt: string | null;
  redacted: boolean;
  redactedAt: string | null;
  redactedBy: Person | null;
  createdAt: string;
}

/** An earlier text of an edited comment. */
export interface Revision {
  body: string;
  writtenAt: string;
  replacedAt: string;
}

export interface Attachment {
  id: string;
  ticketId: string;
  /** Null for a file on the ticket itself. */
  commentId: string | null;
  filename: string;
  size: number;
  sha256: string;
  contentType: string;
  /** A PNG, JPEG, GIF or WebP the server will send inline for a preview. */
  previewable: boolean;
  uploadedBy: Person;
  createdAt: string;
}

export interface NewComment {
  body: string;
  visibility: Visibility;
}

export interface ItemList<T> {
  items: T[];
}

/**
 * Something else that happened on the ticket (a field change, say), composed into the timeline by
 * the app: the conversation only places it by time.
 */
export interface TimelineEvent {
  id: string;
  at: string;
  content: ReactNode;
}

/** Someone who can be @mentioned: the handle is the part of the e-mail before the `@`. */
export interface MentionCandidate {
  id: string;
  name: string;
  email: string;
}

/** The signed-in person, as far as the conversation cares. */
export interface ConversationUser {
  id: string;
  name: string;
}
