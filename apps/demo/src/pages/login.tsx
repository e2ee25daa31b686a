import { LoginFlow, LogoutButton } from '@headless-ory/core';
import { useLocation } from '../router';

// The drop-in reads ?flow=, ?return_to=, ?aal=, ?refresh= itself and titles its own section
// ("Sign in", "Second factor", …) one level below the page's heading.
export function LoginPage() {
  const { searchParams } = useLocation();
  // A second factor or a re-authentication belongs to someone already signed in: the way out for a user
  // without their authenticator at hand (or on someone else's session) is to sign out. The drop-in leaves
  // it to the app, so the login bundle does not carry the logout code.
  const signedInStep = searchParams.get('aal') === 'aal2' || searchParams.get('refresh') === 'true';
  return (
    <>
      <h1>Login</h1>
      <LoginFlow />
      {signedInStep ? (
        <p className="login-way-out">
          Not you, or no second factor at hand? <LogoutButton className="session-button" />
        </p>
      ) : null}
    </>
  );
}
