import { useState } from 'react';
import type { FileOutcome } from '../api/conversation-mutations';

/** A file chosen for the next message, and how far its upload got. */
export interface PendingFile {
  key: string;
  file: File;
  state: 'ready' | 'uploading' | 'done' | 'failed';
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

/** The composer's files: added by picker, drop or paste; each upload's progress and fate. */
export function usePendingFiles() {
  const [files, setFiles] = useState<PendingFile[]>([]);

  const add = (list: FileList | File[] | null) => {
    if (!list || list.length === 0) return;
    const added = Array.from(list).map((file): PendingFile => ({
      key: `f${(fileSequence += 1)}`,
      file,
      state: 'ready',
      progress: 0,
    }));
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
