import { describe, expect, it } from 'vitest';
import { compactTimeAgo } from './relative-time';

describe('compactTimeAgo', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('says it in a few characters, so a table column never cuts it off', () => {
    expect(compactTimeAgo(ago(20_000), now)).toBe('just now');
    expect(compactTimeAgo(ago(-90_000), now)).toBe('just now');
    expect(compactTimeAgo(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(compactTimeAgo(ago(3 * 3_600_000 + 59 * 60_000), now)).toBe('3 h ago');
    expect(compactTimeAgo(ago(2 * 86_400_000), now)).toBe('2 d ago');
  });

  it('gives the date for anything older than a week, with the year when it is another', () => {
    expect(compactTimeAgo('2026-11-20T09:00:00Z', now)).toBe('20 Nov');
    expect(compactTimeAgo('2025-11-20T09:00:00Z', now)).toBe('20 Nov 2025');
  });
});
