import type { ReactNode } from 'react';
import type { Person } from '@/lib/api-schema';

// The wire types come from the OpenAPI document (src/lib/api-schema.ts).
export type {
  Attachment,
  AttachmentLimits,
  Comment,
  ItemList,
  NewComment,
  Person,
  Revision,
  Visibility,
} from '@/lib/api-schema';

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
export type MentionCandidate = Person;

/** The signed-in person, as far as the conversation cares. */
export type ConversationUser = Pick<Person, 'id' | 'name'>;

/**
 * "Send and set status", composed in by the app (statuses belong to the tickets feature): the statuses the
 * ticket may move to, and how to move it once the reply is on the server.
 */
export interface SendAndSetStatus {
  options: { value: string; label: string }[];
  /** Changes the status (after the reply was sent); rejects with the reason the server gave. */
  setStatus: (value: string) => Promise<unknown>;
  /** Opens the next ticket of the agent's list; absent when the agent did not come from one. */
  openNext?: () => void;
}
