import { useEffect, useState } from 'react';
import { Badge, Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, createSpotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { IconSearch, IconTicket } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { QueueOption } from '@/features/tickets';
import { STATUS_COLORS, STATUS_LABELS, ticketSearchQueryOptions } from '@/features/tickets/navigation';
import { filterCommands, paletteCommands, type PaletteCommand } from './palette-commands';
import { useThemeToggle } from './theme-toggle';

/** How long typing pauses before the palette asks the server (one search per pause, not per key). */
export const SEARCH_DEBOUNCE_MS = 200;

const [store, palette] = createSpotlight();

interface CommandPaletteProps {
  opened: boolean;
  onClose: () => void;
  queues: readonly QueueOption[];
  isAdmin: boolean;
  onShowShortcuts: () => void;
}

/**
 * Ctrl/⌘-K: jump to a ticket by number or title (the list search, across every view; the server scopes
 * it to the organisation) or run a command. Mantine Spotlight gives the dialog, the arrow-key choice and
 * Enter; it is loaded with this module on the palette's first use.
 */
export default function CommandPalette({ opened, onClose, queues, isAdmin, onShowShortcuts }: CommandPaletteProps) {
  const navigate = useNavigate();
  const theme = useThemeToggle();
  const [query, setQuery] = useState('');
  const [searched] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const tickets = useQuery({ ...ticketSearchQueryOptions(searched), enabled: opened && searched.length > 0 });

  useEffect(() => {
    if (opened) palette.open();
    else palette.close();
  }, [opened]);

  const commands = filterCommands(paletteCommands(queues, isAdmin, theme.dark), query);
  const run = (command: PaletteCommand) => {
    if (command.to) void navigate(command.to);
    else if (command.run === 'toggle-theme') theme.toggle();
    else onShowShortcuts();
  };
  const searching = query.trim().length > 0 && (searched !== query.trim() || tickets.isFetching);
  const found = searched.length > 0 ? (tickets.data ?? []) : [];
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
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={searching ? <Loader size={14} aria-label="Searching" /> : undefined}
      />
      <Spotlight.ActionsList>
        {found.length > 0 && (
          <Spotlight.ActionsGroup label="Tickets">
            {found.map((ticket) => (
              <Spotlight.Action
                key={ticket.id}
                onClick={() => void navigate(`/t/${ticket.number}`)}
                leftSection={<IconTicket size={18} aria-hidden />}
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
                <Spotlight.Action key={command.id} label={command.label} onClick={() => run(command)} />
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
