import { useEffect, useId, useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell, IconBellCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { RelativeTime } from '@/components/relative-time';
import {
  notificationKeys,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
} from '../api/notifications-api';
import type { Notification } from '../types';
import classes from './notification-bell.module.css';

/** "Notifications, 2 unread": what the bell says to a screen reader. */
export const bellLabel = (count: number) => (count > 0 ? `Notifications, ${count} unread` : 'Notifications');

interface TicketGroup {
  ticket: Notification['ticket'];
  ticketCount: number;
  items: Notification[];
}

/** Entries grouped by ticket, in inbox order (a group sits where its newest entry is). */
export function groupByTicket(items: Notification[]): TicketGroup[] {
  const groups: TicketGroup[] = [];
  const byKey = new Map<string, TicketGroup>();
  for (const item of items) {
    // A bulk assignment's entry names many tickets: it stands on its own.
    const key = item.ticketCount > 1 ? `bulk:${item.id}` : item.ticket.id;
    let group = byKey.get(key);
    if (!group) {
      group = { ticket: item.ticket, ticketCount: item.ticketCount, items: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

function Entry({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      px="sm"
      py={6}
      w="100%"
      bg={item.read ? undefined : 'indigo.0'}
      className={classes.entry}
      aria-label={`${item.read ? '' : 'Unread: '}${item.summary}`}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Box mt={7} w={8} h={8} bg={item.read ? 'transparent' : 'indigo.6'} className={classes.dot} aria-hidden />
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={item.read ? 400 : 600} lineClamp={2}>
            {item.summary}
          </Text>
          <RelativeTime value={item.at} size="xs" c="dimmed" />
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

function Panel({ headingId, onClose }: { headingId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const list = useNotifications(true);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = list.data?.items ?? [];
  const anyUnread = items.some((item) => !item.read);

  const open = (item: Notification) => {
    if (!item.read) markRead.mutate(item.id);
    onClose();
    void navigate(`/t/${item.ticket.number}`);
  };

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
        <Text fw={700} component="h2" size="md" m={0} id={headingId}>
          Notifications
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconBellCheck size={14} aria-hidden />}
          disabled={!anyUnread}
          loading={markAllRead.isPending}
          // The newest entry shown: one that arrives meanwhile stays unread.
          onClick={() => items[0] && markAllRead.mutate({ upToId: items[0].id })}
        >
          Mark all read
        </Button>
      </Group>
      {(markAllRead.error ?? markRead.error) && (
        <Alert color="red" variant="light" role="alert" mx="sm" mb="xs">
          {(markAllRead.error ?? markRead.error)?.humanMessage}
        </Alert>
      )}
      {list.isPending && (
        <Group justify="center" py="lg">
          <Loader size="sm" aria-label="Loading notifications" />
        </Group>
      )}
      {list.isError && (
        <Alert color="red" variant="light" role="alert" mx="sm" mb="sm">
          {list.error.humanMessage}
        </Alert>
      )}
      {list.isSuccess && items.length === 0 && (
        <EmptyState title="No notifications" icon={<IconBell size={28} aria-hidden />}>
          When someone assigns you a ticket, mentions you or replies on your tickets, you will see it here.
        </EmptyState>
      )}
      {items.length > 0 && (
        <ScrollArea.Autosize mah="min(70vh, 520px)" type="auto">
          <Stack gap="xs" px="xs" pb="xs" component="ul" m={0} className={classes.list}>
            {groupByTicket(items).map((group) => (
              <Box component="li" key={group.items[0]?.id}>
                <Text size="xs" c="dimmed" fw={600} px="sm" pt={4} truncate>
                  #{group.ticket.number} {group.ticket.title}
                  {group.ticketCount > 1 && ` and ${group.ticketCount - 1} more`}
                </Text>
                <Stack gap={2} role="group" aria-label={`Ticket #${group.ticket.number}`}>
                  {group.items.map((item) => (
                    <Entry key={item.id} item={item} onOpen={open} />
                  ))}
                </Stack>
              </Box>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

/** The header's bell: the unread count (fresh on focus and on every navigation) and the inbox panel. */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const count = useUnreadCount().data?.count ?? 0;
  const queryClient = useQueryClient();
  const location = useLocation();
  const seenKey = useRef(location.key);
  const headingId = useId();

  useEffect(() => {
    if (seenKey.current === location.key) return;
    seenKey.current = location.key;
    void queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount() });
  }, [location.key, queryClient]);

  return (
    <Indicator label={count > 99 ? '99+' : count} size={16} offset={4} disabled={count === 0} color="red">
      <Popover
        opened={opened}
        onChange={setOpened}
        width="min(390px, calc(100vw - 16px))"
        position="bottom-end"
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={bellLabel(count)} onClick={() => setOpened((o) => !o)}>
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-labelledby={headingId}>
          {opened && <Panel headingId={headingId} onClose={() => setOpened(false)} />}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

/**
 * The ticket page: what this ticket brought counts as read once it is open. Asks only when something is
 * unread (no request on every ticket opened), once per ticket.
 */
export function useMarkTicketNotificationsRead(ticketId: string) {
  const count = useUnreadCount().data?.count;
  const { mutate } = useMarkAllRead();
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!count || marked.current === ticketId) return;
    marked.current = ticketId;
    mutate({ ticketId });
  }, [ticketId, count, mutate]);
}
