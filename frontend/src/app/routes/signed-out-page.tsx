import type { ReactNode } from 'react';
import { Anchor, Center, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

interface SignedOutPageProps {
  /** The card: the sign-in or sign-up form. */
  children: ReactNode;
  /** A way to the other signed-out page, under the card. */
  alternative: { prompt: string; label: string; to: string };
}

/** The layout of the pages for people who are not signed in: the wordmark, one card, one link. */
export function SignedOutPage({ children, alternative }: SignedOutPageProps) {
  return (
    <Center mih="100vh" p="md" bg="var(--wt-page-background)">
      <Stack align="center" gap="lg" w="100%">
        <Text fw={800} size="xl" c="var(--wt-brand-text)">
          WorkTrackr
        </Text>
        {children}
        <Text size="sm" c="dimmed">
          {alternative.prompt}{' '}
          <Anchor component={Link} to={alternative.to} size="sm">
            {alternative.label}
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
