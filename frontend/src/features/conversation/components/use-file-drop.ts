import { useState, type DragEvent } from 'react';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** Dragging files over an element and dropping them there; `enabled: false` shows "none" and ignores drops. */
export function useFileDrop<E extends HTMLElement>(onFiles: (files: FileList) => void, enabled: boolean) {
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent<E>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
    if (!dragging) setDragging(true);
  };

  return {
    dragging,
    dropHandlers: {
      onDragOver,
      onDragEnter: onDragOver,
      onDragLeave: (event: DragEvent<E>) => {
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        setDragging(false);
      },
      onDrop: (event: DragEvent<E>) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        if (enabled) onFiles(event.dataTransfer.files);
      },
    },
  };
}
