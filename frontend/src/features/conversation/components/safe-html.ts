import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/** Only what the server's allow-list lets through (docs/api.md), plus nothing that runs or styles. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'a',
  'img',
];
const ALLOWED_ATTR = ['href', 'title', 'rel', 'class', 'data-user-id', 'src', 'alt', 'start'];
const SAFE_URL = /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

let hooked = false;

function purifier(): typeof DOMPurify {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'IMG' && /^\s*data:/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
      if (node.tagName !== 'A') return;
      node.setAttribute('rel', 'nofollow noopener noreferrer');
      if (/^https?:/i.test(node.getAttribute('href') ?? '')) node.setAttribute('target', '_blank');
    });
  }
  return DOMPurify;
}

/**
 * Defence in depth: the server already sanitised this HTML with an allow-list; it goes through
 * DOMPurify with the same allow-list again before it reaches the page.
 */
export function sanitizeHtml(html: string): string {
  return purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
  });
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** CommonMark like the server's (no GitHub extensions); raw HTML is shown as text, as the server does. */
const markdown = new Marked({
  async: false,
  gfm: false,
  breaks: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** The composer's preview: close to what the server will render, and just as harmless. */
export function renderMarkdownPreview(source: string): string {
  return sanitizeHtml(markdown.parse(source, { async: false }));
}
