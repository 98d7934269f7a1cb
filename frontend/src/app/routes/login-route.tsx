import { Center, Stack, Text } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm, useMe } from '@/features/identity';
import { safeNext } from '../dashboard-params';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';

export function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const next = safeNext(params.get('next'));
  if (me.data && !me.isError) return <Navigate to={next} replace />;
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack align="center" gap="lg" w="100%">
        <Text fw={800} size="xl" c="indigo.7">
          WorkTrackr
        </Text>
        <LoginForm
          notice={params.get('expired') ? SESSION_EXPIRED_MESSAGE : undefined}
          onSignedIn={() => void navigate(next, { replace: true })}
        />
      </Stack>
    </Center>
  );
}
