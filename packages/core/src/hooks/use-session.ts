import { useQuery } from '@tanstack/react-query';
import { type OryClientError, type Session, whoami } from '../client';
import { oryKeys } from './flow-keys';
import { appRouteOf } from './follow-outcome';
import { useOry } from './ory-context';

export type SessionStatus = 'pending' | 'authenticated' | 'unauthenticated' | 'error';

export interface UseSessionResult {
  session: Session | undefined;
  status: SessionStatus;
  error: OryClientError | null;
  /** Set when Kratos answered 403 session_aal2_required: the app's login route for the second factor. */
  aal2Url: string | undefined;
  refetch: () => void;
}

/** `GET /sessions/whoami`, cached under ['ory', 'session'] and refreshed after every login, logout and settings change. */
export function useSession(): UseSessionResult {
  const ory = useOry();
  const query = useQuery(
    {
      queryKey: oryKeys.session(),
      queryFn: () => whoami(ory.client),
      staleTime: 30_000,
      retry: false,
      refetchOnWindowFocus: false,
    },
    ory.queryClient,
  );
  const outcome = query.data;
  const session = outcome?.kind === 'session' ? outcome.session : undefined;
  let status: SessionStatus = 'pending';
  if (query.error || outcome?.kind === 'error') status = 'error';
  else if (session) status = 'authenticated';
  else if (outcome) status = 'unauthenticated';
  return {
    session,
    status,
    error: outcome?.kind === 'error' ? outcome.error : (query.error as OryClientError | null),
    aal2Url: outcome?.kind === 'redirect' ? appRouteOf(ory, outcome.to) : undefined,
    refetch: () => void query.refetch(),
  };
}
