import { useEffect } from 'react';

export const APP_NAME = 'WorkTrackr';

/** "#42 Printer on fire · WorkTrackr": what the page shows, most specific first, then the app. */
export function documentTitle(...parts: (string | undefined)[]): string {
  return [...parts.filter((part): part is string => Boolean(part?.trim())), APP_NAME].join(' · ');
}

/**
 * Names the page in the tab and for screen readers (WCAG 2.4.2). Each page sets its own; nothing is
 * restored on unmount, since the next page sets its title in the same commit.
 */
export function useDocumentTitle(...parts: (string | undefined)[]) {
  const title = documentTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
