import { useLocation, useNavigate } from 'react-router';
import { useMe } from '@/features/identity';
import { AcceptInvitation } from '@/features/identity/settings';
import { SignedOutPage } from './signed-out-page';

/** The invitation's token travels in the fragment (`#token=…`): it never reaches a server log. */
export function invitationToken(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

/** `/invitations/accept#token=…`: join an organisation from an invitation link, signed in or not. */
export default function AcceptInvitationRoute() {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  return (
    <SignedOutPage alternative={{ prompt: 'Not what you expected?', label: 'Go to sign in', to: '/login' }}>
      <AcceptInvitation
        token={invitationToken(location.hash)}
        signedIn={me.isError ? undefined : me.data}
        onAccepted={() => void navigate('/', { replace: true })}
      />
    </SignedOutPage>
  );
}
