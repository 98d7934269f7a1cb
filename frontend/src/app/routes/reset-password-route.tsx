import { useLocation } from 'react-router';
import { ChooseNewPassword, RequestPasswordReset } from '@/features/identity/settings';
import { invitationToken } from './accept-invitation-route';
import { SignedOutPage } from './signed-out-page';

/** `/reset-password`: ask for a link; `/reset-password#token=…` (the e-mailed link): choose the new password. */
export default function ResetPasswordRoute() {
  const token = invitationToken(useLocation().hash);
  return (
    <SignedOutPage alternative={{ prompt: 'Remembered it?', label: 'Sign in', to: '/login' }}>
      {token ? <ChooseNewPassword token={token} /> : <RequestPasswordReset />}
    </SignedOutPage>
  );
}
