import { useQuery } from '@tanstack/react-query';
import { type FlowErrorData, getFlowError, type OryClientError } from '../client';
import { oryKeys } from './flow-keys';
import { useOry } from './ory-context';

export interface UseFlowErrorResult {
  flowError: FlowErrorData | undefined;
  status: 'pending' | 'ready' | 'error';
  error: OryClientError | null;
}

/**
 * `GET /self-service/errors?id=`: the error Kratos stored before sending the browser to the app's error route.
 * Without an id, `status` is `error` at once (and `error` null: there was no request).
 */
export function useFlowError(id: string | null | undefined): UseFlowErrorResult {
  const ory = useOry();
  const query = useQuery<FlowErrorData, OryClientError>(
    {
      queryKey: oryKeys.flowError(id ?? ''),
      queryFn: async () => {
        const outcome = await getFlowError(ory.client, id ?? '');
        if (outcome.kind === 'error') throw outcome.error;
        return outcome.error;
      },
      enabled: Boolean(id),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    },
    ory.queryClient,
  );
  return {
    flowError: query.data,
    // Without an id there is nothing to fetch: that is the error (the page was opened without `?id=`), not a wait.
    status: !id || query.isError ? 'error' : query.data ? 'ready' : 'pending',
    error: query.error,
  };
}
