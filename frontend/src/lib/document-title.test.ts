import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title';

describe('documentTitle', () => {
  it('names the page first, then the app', () => {
    expect(documentTitle('#42 Printer on fire')).toBe('#42 Printer on fire · WorkTrackr');
    expect(documentTitle('Profile · Settings')).toBe('Profile · Settings · WorkTrackr');
  });

  it('leaves out empty parts', () => {
    expect(documentTitle(undefined, ' ')).toBe('WorkTrackr');
  });
});
