import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { logout as endSession, type OryClientError } from '../client';
import { oryKeys } from './flow-keys';
import { useOry } from './ory-context';

export interface UseLogoutOptions {
  /** Where to go afterwards; default the app's login route. */
  returnTo?: string;
}

export interface UseLogoutResult {
  logout: () => Promise<void>;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: OryClientError | null;
}

/**
 * Browser: asks Kratos for a logout token, then spends it (the session cookie is cleared by Kratos).
 * Native: revokes the session token. Either way the cached session is dropped and the user is sent on.
 */
export function useLogout(options: UseLogoutOptions = {}): UseLogoutResult {
  const ory = useOry();
  const mutation = useMutation<void, OryClientError>(
    {
      mutationFn: async () => {
        const outcome = await endSession(ory.client);
        if (outcome.kind === 'error') throw outcome.error;
        ory.queryClient.removeQueries({ queryKey: oryKeys.session() });
        await ory.queryClient.invalidateQueries({ queryKey: oryKeys.session() });
        // Flows belong to the session that made them: the next page starts fresh ones.
        await ory.queryClient.invalidateQueries({ queryKey: oryKeys.all, refetchType: 'none' });
        ory.navigate(options.returnTo ?? ory.routes.login);
      },
    },
    ory.queryClient,
  );
  // A ref, not mutation.isPending: two clicks in one frame both see the render before the first started.
  const busy = useRef(false);
  const { mutateAsync } = mutation;
  const logout = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await mutateAsync();
    } catch {
      // Shown through `error`.
    } finally {
      busy.current = false;
    }
  }, [mutateAsync]);
  return { logout, status: mutation.status, error: mutation.error };
}
