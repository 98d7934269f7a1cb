import text from '@/components/text.module.css';
import { CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { FileIcon } from './attachment-chip';
import { humanSize } from './files';
import type { PendingFile } from './use-pending-files';

/** One file waiting to go with a message: name, size, upload progress, or why it was refused (too large, …). */
export function PendingFileRow({ pending, onRemove }: { pending: PendingFile; onRemove?: () => void }) {
  const { file, state, progress, message } = pending;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-state={state}>
      <FileIcon contentType={file.type} />
      <Stack gap={4} flex={1} miw={0}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" truncate="end" title={file.name}>
            {file.name}
          </Text>
          <Text size="xs" c="dimmed" className={text.noShrink}>
            {humanSize(file.size)}
          </Text>
        </Group>
        {(state === 'uploading' || state === 'done') && (
          <Progress
            value={progress}
            size="sm"
            color={state === 'done' ? 'teal' : undefined}
            aria-label={`Upload of ${file.name}`}
            animated={state === 'uploading'}
          />
        )}
        {(state === 'failed' || state === 'refused') && (
          <Text size="xs" c="red" role="alert">
            {file.name}: {message}
          </Text>
        )}
      </Stack>
      {onRemove && <CloseButton size="sm" aria-label={`Remove ${file.name}`} onClick={onRemove} />}
    </Group>
  );
}
