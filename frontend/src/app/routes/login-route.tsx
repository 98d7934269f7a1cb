import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm, useMe } from '@/features/identity';
import { safeNext } from '../dashboard-params';
import { useDocumentTitle } from '@/lib/document-title';
import { SignedOutPage } from './signed-out-page';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';
export const SESSION_ENDED_MESSAGE = 'You were signed out elsewhere. Please sign in again.';

export function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  useDocumentTitle('Sign in');
  const me = useMe();
  const next = safeNext(params.get('next'));
  if (me.data && !me.isError) return <Navigate to={next} replace />;
  return (
    <SignedOutPage alternative={{ prompt: 'New to WorkTrackr?', label: 'Create an organisation', to: '/signup' }}>
      <LoginForm
        notice={
          params.get('ended') ? SESSION_ENDED_MESSAGE : params.get('expired') ? SESSION_EXPIRED_MESSAGE : undefined
        }
        onSignedIn={() => void navigate(next, { replace: true })}
      />
    </SignedOutPage>
  );
}
