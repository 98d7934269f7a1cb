import { useLocation } from 'react-router';
import { ConfirmEmail } from '@/features/identity/settings';
import { invitationToken } from './accept-invitation-route';
import { SignedOutPage } from './signed-out-page';

/** `/confirm-email#token=…`: the e-mailed link that proves an address (after sign-up, or for a change). */
export default function ConfirmEmailRoute() {
  const token = invitationToken(useLocation().hash);
  return (
    <SignedOutPage alternative={{ prompt: 'Done here?', label: 'Sign in', to: '/login' }}>
      <ConfirmEmail token={token} />
    </SignedOutPage>
  );
}
