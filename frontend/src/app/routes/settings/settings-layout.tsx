import { Suspense } from 'react';
import { Box, Group, Loader, NavLink, Select, Stack, Text } from '@mantine/core';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '@/lib/document-title';
import { useSignedInMe } from '../require-auth';
import { SETTINGS_PAGES, settingsPagesFor } from './settings-nav';

/**
 * `/settings/…`: one area with its own navigation — a list on the left on wide screens, a select
 * above the page on phones. Agents see only their own pages.
 */
export default function SettingsLayout() {
  const me = useSignedInMe();
  const location = useLocation();
  const navigate = useNavigate();
  const isAdmin = me.currentOrganisation.role === 'admin';
  const pages = settingsPagesFor(isAdmin);
  const current = location.pathname.split('/')[2] ?? '';
  const personal = pages.filter((p) => !p.admin);
  const admin = pages.filter((p) => p.admin);
  // "Members · Settings · WorkTrackr" (the shell leaves the settings pages' title to this layout)
  useDocumentTitle(SETTINGS_PAGES.find((p) => p.path === current)?.label, 'Settings');

  const link = (page: (typeof pages)[number]) => (
    <NavLink
      key={page.path}
      component={Link}
      to={`/settings/${page.path}`}
      label={page.label}
      active={current === page.path}
      aria-current={current === page.path ? 'page' : undefined}
      py={6}
    />
  );

  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <Stack component="nav" aria-label="Settings" gap={2} w={200} visibleFrom="sm" flex="0 0 200px">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={4}>
          Your account
        </Text>
        {personal.map(link)}
        {admin.length > 0 && (
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
            {me.currentOrganisation.name}
          </Text>
        )}
        {admin.map(link)}
      </Stack>
      <Box flex="1 1 auto" miw={0} maw={860}>
        <Box hiddenFrom="sm" mb="md">
          <Select
            label="Settings page"
            allowDeselect={false}
            value={pages.some((p) => p.path === current) ? current : null}
            data={[
              { group: 'Your account', items: personal.map((p) => ({ value: p.path, label: p.label })) },
              ...(admin.length > 0
                ? [{ group: me.currentOrganisation.name, items: admin.map((p) => ({ value: p.path, label: p.label })) }]
                : []),
            ]}
            onChange={(value) => value && void navigate(`/settings/${value}`)}
            comboboxProps={{ withinPortal: true }}
          />
        </Box>
        <Suspense fallback={<Loader size="sm" aria-label="Loading" />}>
          <Outlet context={me} />
        </Suspense>
      </Box>
    </Group>
  );
}
