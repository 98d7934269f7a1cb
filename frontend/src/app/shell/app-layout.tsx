import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  AppShell,
  Burger,
  Button,
  Center,
  Group,
  Loader,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKeyboard, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { OrganisationSwitcher, PendingInvitations, UserMenu } from '@/features/identity';
import { LiveIndicator } from '@/features/live';
import { NotificationBell } from '@/features/notifications';
import { useActiveQueues } from '@/features/queues';
import {
  HeaderSearch,
  TicketViewNav,
  VIEW_LABELS,
  ticketKeys,
  type NavSelection,
  type Ticket,
} from '@/features/tickets';
import { setDraftOwner, useUnsentWorkGuard } from '@/lib/drafts';
import { LiveStream, LiveStreamProvider } from '@/lib/live-stream';
import { documentTitle } from '@/lib/document-title';
import { keyLabel, useShortcuts } from '@/lib/shortcuts';
import { filtersFromParams } from '../dashboard-params';
import { rememberList } from '../list-context';
import { useLiveSync } from '../live-sync';
import { useSignedInMe } from '../routes/require-auth';
import classes from './app-layout.module.css';
import { pageTitle } from './page-title';
import { ThemeSwitch, ThemeToggle } from './theme-toggle';

// The palette (Mantine Spotlight and the ticket search) loads on its first use, not with the first page.
// It rides in the ticket page's chunk (the palette mostly opens a ticket): one more lazy chunk would split
// the modules it shares with the first page into chunks of their own, and the first page over its budget.
// The `?` help loads the same way.
const CommandPalette = lazy(() => import('../routes/ticket-route').then((m) => ({ default: m.CommandPalette })));
const ShortcutsDialog = lazy(() => import('../routes/ticket-route').then((m) => ({ default: m.ShortcutsDialog })));
const PALETTE_KEYS = keyLabel('mod+k').join(' ');

function navSelection(pathname: string, search: string): NavSelection {
  if (pathname !== '/') return null;
  const filters = filtersFromParams(new URLSearchParams(search));
  if (filters.view === 'active' && filters.queueId) return { kind: 'queue', queueId: filters.queueId };
  return { kind: 'view', view: filters.view };
}

export function AppLayout() {
  const me = useSignedInMe();
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const queues = useActiveQueues();
  const [palette, setPalette] = useState({ loaded: false, opened: false });
  const openPalette = () => setPalette({ loaded: true, opened: true });
  const mainRef = useRef<HTMLElement>(null);

  useShortcuts({
    help: help.open,
    palette: () => setPalette((p) => ({ loaded: true, opened: !p.opened })),
    newTicket: () => void navigate('/new'),
  });

  // The list the agent works from: j/k on a ticket move through it, u goes back to it.
  const { pathname, search } = location;
  useEffect(() => {
    if (pathname === '/') rememberList(search, filtersFromParams(new URLSearchParams(search)));
  }, [pathname, search]);
  // Each page names itself in the tab; a ticket by its number and title once the ticket page has loaded it.
  const ticketNumber = /^\/t\/#?(\d+)$/.exec(pathname)?.[1];
  const shownTicket = useQuery({
    queryKey: ticketKeys.byNumber(Number(ticketNumber)),
    enabled: false,
    select: (ticket: Ticket) => `#${ticket.number} ${ticket.title}`,
  });
  const title = ticketNumber
    ? (shownTicket.data ?? (shownTicket.isError ? 'Ticket not found' : `#${ticketNumber}`))
    : pageTitle(pathname, search, queues);
  useEffect(() => {
    if (title !== null) document.title = documentTitle(title);
  }, [title]);
  setDraftOwner(me.user.id);
  useUnsentWorkGuard();
  // One live stream per tab while signed in; a new one when the organisation changes (it is scoped to it).
  const organisationId = me.currentOrganisation.id;
  const stream = useMemo(() => new LiveStream({ scope: organisationId }), [organisationId]);
  useLiveSync(stream, useQueryClient());

  return (
    <LiveStreamProvider stream={stream}>
      <a
        href="#main"
        className={classes.skipLink}
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <AppShell
        header={{ height: 52 }}
        navbar={{ width: 224, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Toggle navigation"
              />
              <UnstyledButton component={Link} to="/" aria-label="WorkTrackr home">
                <Text fw={800} c="var(--wt-brand-text)" size="lg">
                  WorkTrackr
                </Text>
              </UnstyledButton>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {/* one search entry: the box searches every ticket; its key cap is the way to the palette */}
              <HeaderSearch palette={{ keys: PALETTE_KEYS, open: openPalette }} />
              <LiveIndicator />
              {/* on a phone just the plus (the header is full: the account menu went off the edge at 390 px) */}
              <Button
                component={Link}
                to="/new"
                size="xs"
                aria-label="New ticket"
                leftSection={<IconPlus size={14} aria-hidden />}
                classNames={{ label: classes.phoneHidden, section: classes.phoneIconOnly }}
              >
                New ticket
              </Button>
              <Tooltip label="Keyboard shortcuts (?)">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label="Keyboard shortcuts"
                  onClick={help.open}
                  visibleFrom="sm"
                >
                  <IconKeyboard size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <ThemeToggle />
              <NotificationBell />
              <UserMenu me={me} onSignedOut={() => void navigate('/login', { replace: true })} />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="xs">
          {/* The workspace switcher heads the navigation (in the burger drawer on phones). */}
          <OrganisationSwitcher me={me} onSwitched={() => void navigate('/')} />
          <PendingInvitations me={me} />
          <ThemeSwitch />
          <TicketViewNav
            queues={queues}
            selection={navSelection(location.pathname, location.search)}
            onNavigate={nav.close}
          />
        </AppShell.Navbar>

        <AppShell.Main id="main" ref={mainRef} tabIndex={-1} className={classes.main}>
          <Suspense
            fallback={
              <Center py={64}>
                <Loader size="sm" aria-label="Loading" />
              </Center>
            }
          >
            <Outlet context={me} />
          </Suspense>
        </AppShell.Main>

        {helpOpened && (
          <Suspense fallback={null}>
            <ShortcutsDialog opened onClose={help.close} />
          </Suspense>
        )}
        {palette.loaded && (
          <Suspense fallback={null}>
            <CommandPalette
              opened={palette.opened}
              onClose={() => setPalette({ loaded: true, opened: false })}
              queues={queues}
              viewLabels={VIEW_LABELS}
              isAdmin={me.currentOrganisation.role === 'admin'}
              onNavigate={(to) => void navigate(to)}
              onRun={help.open}
              searchIcon={<IconSearch size={18} aria-hidden />}
            />
          </Suspense>
        )}
      </AppShell>
    </LiveStreamProvider>
  );
}
