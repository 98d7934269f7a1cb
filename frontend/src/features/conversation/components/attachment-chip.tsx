import { useState } from 'react';
import { Anchor, Group, Modal, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import {
  IconDownload,
  IconFile,
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypePdf,
  IconFileWord,
  IconFileZip,
  IconPhoto,
  type Icon,
} from '@tabler/icons-react';
import { attachmentPreviewUrl, attachmentUrl } from '../api/conversation-api';
import { fileKind, humanSize, type FileKind } from './files';
import type { Attachment } from '../types';
import classes from './conversation.module.css';

const ICONS: Record<FileKind, Icon> = {
  image: IconPhoto,
  pdf: IconFileTypePdf,
  archive: IconFileZip,
  text: IconFileText,
  spreadsheet: IconFileSpreadsheet,
  document: IconFileWord,
  other: IconFile,
};

export function FileIcon({ contentType }: { contentType: string }) {
  const Icon = ICONS[fileKind(contentType)];
  return (
    <ThemeIcon variant="light" color="gray" size={32} radius="sm" aria-hidden>
      <Icon size={18} stroke={1.6} />
    </ThemeIcon>
  );
}

/**
 * A file: icon (or a thumbnail for PNG/JPEG/GIF/WebP, which opens a lightbox), name, size, and a
 * plain download link (the server answers with `Content-Disposition: attachment`).
 */
export function AttachmentChip({ attachment }: { attachment: Attachment }) {
  const [previewing, setPreviewing] = useState(false);
  const { id, filename, size, contentType, previewable } = attachment;
  const href = attachmentUrl(id);
  return (
    <Paper withBorder radius="sm" px={8} py={6} className={classes.chip} data-testid={`attachment-${id}`}>
      <Group gap={8} wrap="nowrap">
        {previewable ? (
          <UnstyledButton onClick={() => setPreviewing(true)} aria-label={`Preview ${filename}`}>
            <img
              className={classes.thumb}
              src={attachmentPreviewUrl(id)}
              alt=""
              width={40}
              height={40}
              loading="lazy"
            />
          </UnstyledButton>
        ) : (
          <FileIcon contentType={contentType} />
        )}
        <Stack gap={0} miw={0}>
          <Anchor
            href={href}
            download={filename}
            size="sm"
            fw={500}
            truncate="end"
            maw={260}
            title={`Download ${filename}`}
          >
            {filename}
          </Anchor>
          <Text size="xs" c="dimmed">
            {humanSize(size)}
          </Text>
        </Stack>
      </Group>
      {previewable && (
        <Modal opened={previewing} onClose={() => setPreviewing(false)} title={filename} size="auto" centered>
          <Stack gap="sm">
            <img className={classes.lightboxImage} src={attachmentPreviewUrl(id)} alt={filename} />
            <Group justify="flex-end">
              <Anchor href={href} download={filename} size="sm">
                <Group gap={4} component="span">
                  <IconDownload size={14} aria-hidden />
                  Download ({humanSize(size)})
                </Group>
              </Anchor>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}
