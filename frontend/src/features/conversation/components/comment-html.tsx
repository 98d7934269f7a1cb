import { useMemo } from 'react';
import { Box } from '@mantine/core';
import { sanitizeHtml } from './safe-html';
import classes from './conversation.module.css';

/** HTML from the server (or the preview), through DOMPurify once more before it reaches the page. */
export function CommentHtml({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeHtml(html), [html]);
  return <Box className={classes.body} dangerouslySetInnerHTML={{ __html: safe }} />;
}
