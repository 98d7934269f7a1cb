import { Text } from '@mantine/core';
import { CommentHtml } from './comment-html';
import { renderMarkdownPreview } from './safe-html';

/** The Markdown as it will look (rendered and escaped like the server does). */
export function ComposerPreview({ text }: { text: string }) {
  if (text.trim().length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing to preview.
      </Text>
    );
  }
  return <CommentHtml html={renderMarkdownPreview(text)} />;
}
