import { useState } from 'react';
import { Box, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

/** Where a search of every ticket lands: the All view with the words (the dashboard's URL). */
export function searchEverywherePath(words: string): string {
  const params = new URLSearchParams({ view: 'all' });
  const q = words.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  if (q) params.set('q', q);
  return `/?${params.toString()}`;
}

/**
 * The header's search: every ticket of the organisation, whatever view is open (the view's own box searches
 * only that view). Enter opens All with the words (on phones, the All view's own box searches all).
 */
export function HeaderSearch() {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const submit = () => {
    void navigate(searchEverywherePath(text));
    setText('');
  };
  return (
    <Box role="search" aria-label="All tickets" visibleFrom="sm">
      <TextInput
        size="xs"
        w={220}
        aria-label="Search all tickets"
        placeholder="Search all tickets…"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText('');
          if (event.key === 'Enter') submit();
        }}
      />
    </Box>
  );
}
