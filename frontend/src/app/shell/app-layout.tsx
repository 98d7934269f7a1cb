import { Suspense, useMemo } from 'react';
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
import { IconKeyboard, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { OrganisationSwitcher, PendingInvitations, UserMenu } from '@/features/identity';
import { LiveIndicator } from '@/features/live';
import { NotificationBell } from '@/features/notifications';
import { useActiveQueues } from '@/features/queues';
import { HeaderSearch, TicketViewNav, type NavSelection } from '@/features/tickets';
import { setDraftOwner, useUnsentWorkGuard } from '@/lib/drafts';
import { LiveStream, LiveStreamProvider } from '@/lib/live-stream';
import { useShortcuts } from '@/lib/shortcuts';
import { filtersFromParams } from '../dashboard-params';
import { useLiveSync } from '../live-sync';
import { useSignedInMe } from '../routes/require-auth';
import { ShortcutsDialog } from './shortcuts-dialog';

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

  useShortcuts({ help: help.open });
  setDraftOwner(me.user.id);
  useUnsentWorkGuard();
  // One live stream per tab while signed in; a new one when the organisation changes (it is scoped to it).
  const organisationId = me.currentOrganisation.id;
  const stream = useMemo(() => new LiveStream({ scope: organisationId }), [organisationId]);
  useLiveSync(stream, useQueryClient());

  return (
    <LiveStreamProvider stream={stream}>
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
                <Text fw={800} c="indigo.7" size="lg">
                  WorkTrackr
                </Text>
              </UnstyledButton>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <HeaderSearch />
              <LiveIndicator />
              <Button component={Link} to="/new" size="xs" leftSection={<IconPlus size={14} aria-hidden />}>
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
              <NotificationBell />
              <UserMenu me={me} onSignedOut={() => void navigate('/login', { replace: true })} />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="xs">
          {/* The workspace switcher heads the navigation (in the burger drawer on phones). */}
          <OrganisationSwitcher me={me} onSwitched={() => void navigate('/')} />
          <PendingInvitations me={me} />
          <TicketViewNav
            queues={queues}
            selection={navSelection(location.pathname, location.search)}
            onNavigate={nav.close}
          />
        </AppShell.Navbar>

        <AppShell.Main bg="gray.0">
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

        <ShortcutsDialog opened={helpOpened} onClose={help.close} />
      </AppShell>
    </LiveStreamProvider>
  );
}
