import { useState } from 'react';
import type { FileOutcome } from '../api/conversation-mutations';
import type { AttachmentLimits } from '../types';
import { humanSize } from './files';

/**
 * A file chosen for the next message, and how far its upload got. `refused`: over the server's size
 * limit, never sent (the person sees why at once instead of after an upload).
 */
export interface PendingFile {
  key: string;
  file: File;
  state: 'ready' | 'uploading' | 'done' | 'failed' | 'refused';
  /** 0–100 */
  progress: number;
  message?: string;
}

let fileSequence = 0;

function percent(loaded: number, total: number | undefined): number {
  if (!total) return 0;
  return Math.min(100, Math.round((loaded / total) * 100));
}

function applyOutcome(file: PendingFile, outcome: FileOutcome): PendingFile {
  switch (outcome.state) {
    case 'uploading':
      return {
        ...file,
        state: 'uploading',
        progress: percent(outcome.progress.loaded, outcome.progress.total),
        message: undefined,
      };
    case 'done':
      return { ...file, state: 'done', progress: 100, message: undefined };
    case 'failed':
      return { ...file, state: 'failed', message: outcome.message };
  }
}

/** Files over the limit are refused here, before any upload; the others are ready to send. */
export function pendingFilesOf(list: File[], limits: AttachmentLimits | undefined): PendingFile[] {
  return list.map((file): PendingFile => {
    const key = `f${(fileSequence += 1)}`;
    if (limits && file.size > limits.maxFileSize) {
      return {
        key,
        file,
        state: 'refused',
        progress: 0,
        message: `is ${humanSize(file.size)}; a file may be at most ${limits.maxFileSizeText}`,
      };
    }
    return { key, file, state: 'ready', progress: 0 };
  });
}

/** The files that would go with the next send: neither sent already nor refused. */
export const sendable = (files: PendingFile[]) => files.filter((f) => f.state !== 'done' && f.state !== 'refused');

/** The composer's files: added by picker, drop or paste; each upload's progress and fate. */
export function usePendingFiles(limits?: AttachmentLimits) {
  const [files, setFiles] = useState<PendingFile[]>([]);

  const add = (list: FileList | File[] | null) => {
    if (!list || list.length === 0) return;
    const added = pendingFilesOf(Array.from(list), limits);
    setFiles((current) => [...current, ...added]);
  };

  return {
    files,
    add,
    remove: (key: string) => setFiles((current) => current.filter((f) => f.key !== key)),
    /** Records what happened to one upload. */
    update: (key: string, outcome: FileOutcome) =>
      setFiles((current) => current.map((f) => (f.key === key ? applyOutcome(f, outcome) : f))),
    /** After a send: keeps the files the server refused and those added meanwhile. */
    keepUnsent: (failed: string[]) =>
      setFiles((current) => current.filter((f) => failed.includes(f.key) || f.state === 'ready')),
    clear: () => setFiles([]),
  };
}

export type PendingFiles = ReturnType<typeof usePendingFiles>;
