import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

describe('sameData', () => {
  it('treats a rebuilt object with the same content as the same', () => {
    const ticket = {
      id: 't-1',
      tags: ['a', 'b'],
      sla: { due: '2026-12-01T10:00:00Z', clocks: [{ state: 'running' }] },
    };
    expect(sameData(ticket, JSON.parse(JSON.stringify(ticket)))).toBe(true);
  });

  it('sees a change anywhere, a missing key and a different shape', () => {
    const ticket = { id: 't-1', assignee: null as null | { id: string }, sla: { clocks: [{ state: 'running' }] } };
    expect(sameData(ticket, { ...ticket, sla: { clocks: [{ state: 'paused' }] } })).toBe(false);
    expect(sameData(ticket, { ...ticket, assignee: { id: 'u-1' } })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
  });
});
