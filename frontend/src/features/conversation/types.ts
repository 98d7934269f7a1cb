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
