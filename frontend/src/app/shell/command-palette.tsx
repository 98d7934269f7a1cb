import { useEffect, useState, type ReactNode } from 'react';
import { Badge, Group, Loader, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Spotlight, createSpotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { useQuery } from '@tanstack/react-query';
import type { QueueOption, TicketView } from '@/features/tickets';
import { STATUS_COLORS, STATUS_LABELS, ticketSearchQueryOptions } from '@/features/tickets/search';
import { filterCommands, paletteCommands, type PaletteCommand } from './palette-commands';
import { useThemeChoice } from './theme-choice';

/** How long typing pauses before the palette asks the server (one search per pause, not per key). */
export const SEARCH_DEBOUNCE_MS = 200;

const [store, palette] = createSpotlight();

interface CommandPaletteProps {
  opened: boolean;
  onClose: () => void;
  /** For the commands besides tickets: the team queues, the views' names, the settings this person may open. */
  queues: readonly QueueOption[];
  viewLabels: Record<TicketView, string>;
  isAdmin: boolean;
  /** Goes to a path, or runs a command that is neither a path nor a theme. */
  onNavigate: (to: string) => void;
  onRun: (run: NonNullable<PaletteCommand['run']>) => void;
  /** The shell's icons (already on the first page: the palette's chunk adds none of its own). */
  searchIcon: ReactNode;
}

/**
 * Ctrl/⌘-K: jump to a ticket by number or title (the list search, across every view; the server scopes
 * it to the organisation) or run a command. Mantine Spotlight gives the dialog, the arrow-key choice and
 * Enter; it is loaded with this module on the palette's first use.
 */
export default function CommandPalette({
  opened,
  onClose,
  queues,
  viewLabels,
  isAdmin,
  onNavigate,
  onRun,
  searchIcon,
}: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  // By number, then the list search across all views; the server scopes both to the organisation.
  const tickets = useQuery({ ...ticketSearchQueryOptions(searched), enabled: opened && searched.length > 0 });

  useEffect(() => {
    if (opened) palette.open();
    else palette.close();
  }, [opened]);

  // the header's theme setting itself: a choice made here shows there, and the other way round
  const theme = useThemeChoice();
  const commands = filterCommands(paletteCommands(queues, viewLabels, isAdmin, theme.choice), query);
  const run = (command: PaletteCommand) => {
    if (command.to) onNavigate(command.to);
    else if (command.theme) theme.choose(command.theme);
    else if (command.run) onRun(command.run);
  };
  const searching = query.trim().length > 0 && (searched !== query.trim() || tickets.isFetching);
  const found = searched.length > 0 && query.trim().length > 0 ? (tickets.data ?? []) : [];
  const groups = [...new Set(commands.map((c) => c.group))];

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      onSpotlightClose={onClose}
      scrollable
      maxHeight={420}
    >
      <Spotlight.Search
        placeholder="Ticket number or title, or a command…"
        aria-label="Jump to a ticket or run a command"
        leftSection={searchIcon}
        rightSection={searching ? <Loader size={14} aria-label="Searching" /> : undefined}
      />
      <Spotlight.ActionsList>
        {found.length > 0 && (
          <Spotlight.ActionsGroup label="Tickets">
            {found.map((ticket) => (
              <Spotlight.Action
                key={ticket.id}
                onClick={() => onNavigate(`/t/${ticket.number}`)}
                aria-label={`#${ticket.number} ${ticket.title}`}
              >
                <Group gap="xs" wrap="nowrap" w="100%">
                  <Text size="sm" c="dimmed" ff="monospace">
                    #{ticket.number}
                  </Text>
                  <Text size="sm" truncate flex={1}>
                    {ticket.title}
                  </Text>
                  <Badge size="sm" variant="light" color={STATUS_COLORS[ticket.status]}>
                    {STATUS_LABELS[ticket.status]}
                  </Badge>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group} label={group}>
            {commands
              .filter((command) => command.group === group)
              .map((command) => (
                <Spotlight.Action
                  key={command.id}
                  label={command.label}
                  aria-current={command.current ? 'true' : undefined}
                  rightSection={command.current ? <IconCheck size={14} aria-hidden /> : undefined}
                  onClick={() => run(command)}
                />
              ))}
          </Spotlight.ActionsGroup>
        ))}
        {found.length === 0 && commands.length === 0 && (
          <Spotlight.Empty>{searching ? 'Searching…' : 'No ticket or command matches'}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
