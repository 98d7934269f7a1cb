import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <Stack align="center" gap="xs" py={64}>
      <Title order={1} size="h3">
        Page not found
      </Title>
      <Text c="dimmed" size="sm">
        There is nothing at this address.
      </Text>
      <Anchor component={Link} to="/" size="sm">
        Back to tickets
      </Anchor>
    </Stack>
  );
}
