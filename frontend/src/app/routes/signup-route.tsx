import { Navigate, useNavigate } from 'react-router';
import { SignUpForm, useMe } from '@/features/identity';
import { useDocumentTitle } from '@/lib/document-title';
import { SignedOutPage } from './signed-out-page';

/** `/signup`: a new organisation and its first admin, who lands on the dashboard signed in. */
export function SignUpRoute() {
  const navigate = useNavigate();
  useDocumentTitle('Create an organisation');
  const me = useMe();
  if (me.data && !me.isError) return <Navigate to="/" replace />;
  return (
    <SignedOutPage alternative={{ prompt: 'Already have an account?', label: 'Sign in instead', to: '/login' }}>
      <SignUpForm onSignedUp={() => void navigate('/', { replace: true })} />
    </SignedOutPage>
  );
}
