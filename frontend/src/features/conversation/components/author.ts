import type { Comment } from '../types';

/**
 * Who wrote a comment, as people read it: the person, or the automation rule that added the note
 * ("Automation · Triage"): a rule's note is never shown as a person's.
 */
export function authorName(comment: Pick<Comment, 'author' | 'automation'>): string {
  if (comment.author) return comment.author.name;
  return `Automation · ${comment.automation?.ruleName ?? 'a rule'}`;
}
