import type { MentionCandidate } from '../types';

/** The `@query` being typed right before the caret, if any: `@` at the start or after whitespace. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}._+-]*)$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

export const localPart = (email: string) => email.slice(0, email.indexOf('@') >= 0 ? email.indexOf('@') : undefined);

/**
 * What to write for a person: `@alice` (the part of the e-mail before the `@`), or the full
 * e-mail when that short handle fits more than one member (the server leaves those as text).
 */
export function handleFor(person: MentionCandidate, everyone: MentionCandidate[]): string {
  const short = localPart(person.email).toLowerCase();
  const clash = everyone.some((other) => other.id !== person.id && localPart(other.email).toLowerCase() === short);
  return clash ? person.email : localPart(person.email);
}

/** Members whose name (any word) or e-mail starts with the query, best first; at most `limit`. */
export function suggestMembers(query: string, members: MentionCandidate[], limit = 6): MentionCandidate[] {
  const q = query.toLowerCase();
  const score = (m: MentionCandidate): number => {
    if (!q) return 1;
    const name = m.name.toLowerCase();
    const email = m.email.toLowerCase();
    if (email.startsWith(q) || name.startsWith(q)) return 3;
    if (name.split(/\s+/).some((word) => word.startsWith(q))) return 2;
    if (email.includes(q) || name.includes(q)) return 1;
    return 0;
  };
  return members
    .map((member) => ({ member, score: score(member) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.member.name.localeCompare(b.member.name))
    .slice(0, limit)
    .map((entry) => entry.member);
}
