import { Alert, Button, Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { useMe, type Me } from '@/features/identity';
import { loginPath, signInReason } from '../dashboard-params';

/** Renders the signed-in part of the app, or sends the person to sign in (and back afterwards). */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (me.isError) {
    if (me.error.status === 401) {
      const reason = me.data === undefined ? false : signInReason(me.error);
      return <Navigate to={loginPath(location.pathname + location.search, reason)} replace />;
    }
    if (!me.data) {
      return (
        <Center h="100vh" p="md">
          <Alert color="red" title="WorkTrackr could not start" maw={420}>
            {me.error.humanMessage}
            <Button mt="sm" size="xs" variant="light" onClick={() => void me.refetch()}>
              Try again
            </Button>
          </Alert>
        </Center>
      );
    }
  }
  return <Outlet context={me.data} />;
}

/** The signed-in person, for any route under RequireAuth. */
export function useSignedInMe(): Me {
  return useOutletContext<Me>();
}
