import { LogoutButton, type Session, useLogout, useSession } from '@headless-ory/core';
import { Link } from '../router';

/** What to call the signed-in user: the email trait of the default schema, else another identifier. */
function identityLabel(session: Session): string {
  const identity = session.identity;
  const traits = identity?.traits ?? {};
  for (const key of ['email', 'username', 'phone']) {
    const value = traits[key];
    if (typeof value === 'string' && value) return value;
  }
  return identity?.verifiable_addresses?.[0]?.value ?? identity?.id ?? session.id;
}

function formatTime(value: string | undefined): string | undefined {
  return value ? new Date(value).toLocaleString() : undefined;
}

function SignedIn({ session }: { session: Session }) {
  const { logout, status, error } = useLogout();
  const pending = status === 'pending';
  const details: [string, string | undefined][] = [
    ['Authentication level', session.authenticator_assurance_level],
    ['Signed in at', formatTime(session.authenticated_at)],
    ['Expires at', formatTime(session.expires_at)],
  ];
  return (
    <section aria-labelledby="session-title" className="session">
      <h2 id="session-title">Signed in</h2>
      <p>
        You are signed in as <strong data-testid="session-identity">{identityLabel(session)}</strong>.
      </p>
      <dl className="session-details">
        {details
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {error ? (
        <p role="alert" className="session-error">
          Signing out failed: {error.message}
        </p>
      ) : null}
      {/* aria-disabled rather than disabled: the button keeps focus while the request runs. */}
      <button
        type="button"
        className="session-button"
        onClick={() => void logout()}
        aria-disabled={pending || undefined}
        aria-busy={pending || undefined}
      >
        {pending ? 'Signing out…' : 'Sign out'}
      </button>
    </section>
  );
}

export function SessionPage() {
  const { session, status, error, aal2Url, refetch } = useSession();
  return (
    <>
      <h1>Your session</h1>
      {status === 'pending' ? (
        <p role="status">Checking your session…</p>
      ) : status === 'authenticated' && session ? (
        <SignedIn session={session} />
      ) : status === 'error' ? (
        <div role="alert" className="session-error">
          <p>Could not check your session: {error?.message ?? 'unknown error'}.</p>
          <button type="button" className="session-button" onClick={refetch}>
            Try again
          </button>
        </div>
      ) : aal2Url ? (
        <>
          <p>
            Your session needs a second factor. <Link href={aal2Url}>Complete the second factor</Link>.
          </p>
          {/* The way out for someone who lost their authenticator (or is on someone else's session). */}
          <LogoutButton className="session-button" />
        </>
      ) : (
        <>
          <p data-testid="signed-out">You are not signed in.</p>
          <p>
            <Link href="/login">Sign in</Link> or <Link href="/registration">create an account</Link>.
          </p>
        </>
      )}
    </>
  );
}
