import { useState } from 'react';
import { Box, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import classes from './header-search.module.css';

/** Where a search of every ticket lands: the All view with the words (the dashboard's URL). */
export function searchEverywherePath(words: string): string {
  const params = new URLSearchParams({ view: 'all' });
  const q = words.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  if (q) params.set('q', q);
  return `/?${params.toString()}`;
}

interface HeaderSearchProps {
  /** The command palette's keys ("Ctrl K"), shown in the box as the way to it, and how to open it. */
  palette: { keys: string; open: () => void };
}

/**
 * The header's one search entry: every ticket of the organisation, whatever view is open (the view's own box
 * searches only that view). Enter opens All with the words (on phones, the All view's own box searches all). The
 * command palette (jump to a ticket, run a command) is its keyboard way, shown in the box as its keys.
 */
export function HeaderSearch({ palette }: HeaderSearchProps) {
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
        w={260}
        aria-label="Search all tickets"
        placeholder="Search all tickets…"
        leftSection={<IconSearch size={14} aria-hidden />}
        rightSectionWidth={58}
        rightSectionPointerEvents="all"
        rightSection={
          <Tooltip label={`Jump to a ticket or run a command (${palette.keys})`}>
            <UnstyledButton
              className={classes.keys}
              aria-label={`Command palette ${palette.keys}`}
              onClick={palette.open}
            >
              {palette.keys}
            </UnstyledButton>
          </Tooltip>
        }
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
