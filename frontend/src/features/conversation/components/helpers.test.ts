import { describe, expect, it } from 'vitest';
import { humanSize, fileKind } from './files';
import { handleFor, mentionQueryAt, suggestMembers } from './mentions';
import { sanitizeHtml } from './safe-html';

const alice = { id: 'u-1', name: 'Alice Agent', email: 'alice@demo.test' };
const bob = { id: 'u-2', name: 'Bob Builder', email: 'bob@demo.test' };
const otherAlice = { id: 'u-3', name: 'Alice Other', email: 'alice@elsewhere.test' };

describe('conversation helpers', () => {
  it('writes sizes in decimal units', () => {
    expect([0, 999, 1000, 12_345, 999_999, 1_234_567, 25 * 1024 * 1024].map(humanSize)).toEqual([
      '0 B',
      '999 B',
      '1.0 kB',
      '12.3 kB',
      '1.0 MB',
      '1.2 MB',
      '26.2 MB',
    ]);
    expect(
      ['image/png', 'application/pdf', 'application/zip', 'text/plain', 'application/x-msdownload'].map(fileKind),
    ).toEqual(['image', 'pdf', 'archive', 'text', 'other']);
  });

  it('finds the @query before the caret, and picks the handle the server understands', () => {
    expect(mentionQueryAt('Hi @ali', 7)).toEqual({ start: 3, query: 'ali' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail me@ali', 11)).toBeNull();
    expect(mentionQueryAt('Hi @ali there', 13)).toBeNull();
    expect(suggestMembers('ali', [bob, alice])).toEqual([alice]);
    expect(suggestMembers('build', [bob, alice])).toEqual([bob]);
    expect(handleFor(alice, [alice, bob])).toBe('alice');
    expect(handleFor(alice, [alice, otherAlice])).toBe('alice@demo.test');
  });

  it('keeps only the allow-list in HTML', () => {
    expect(
      sanitizeHtml(
        '<p onclick="x()">a <a href="javascript:alert(1)">b</a> <a href="https://x.test">c</a></p><iframe src="x"></iframe><table><tr><td>t</td></tr></table>',
      ),
    ).toBe(
      '<p>a <a rel="nofollow noopener noreferrer">b</a> <a href="https://x.test" rel="nofollow noopener noreferrer" target="_blank">c</a></p>t',
    );
    expect(sanitizeHtml('<a class="mention" data-user-id="u-1" href="mailto:alice@demo.test">@alice</a>')).toBe(
      '<a class="mention" data-user-id="u-1" href="mailto:alice@demo.test" rel="nofollow noopener noreferrer">@alice</a>',
    );
    expect(sanitizeHtml('<img src="data:image/png;base64,AAAA" alt="x">')).toBe('<img alt="x">');
  });
});
