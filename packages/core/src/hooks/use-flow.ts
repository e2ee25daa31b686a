import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  CLIENT_ERROR_IDS,
  carryValues,
  type Flow,
  type FlowApi,
  type FlowType,
  OryClientError,
  type Outcome,
  restartParams,
  type SubmitBody,
} from '../client';
import { oryKeys } from './flow-keys';
import { followAway, followSuccess } from './follow-outcome';
import { type OryContextValue, useOry } from './ory-context';

export type FlowStatus = 'pending' | 'ready' | 'submitting' | 'success' | 'error';

export type SuccessOutcome<F extends Flow = Flow> = Extract<Outcome<F>, { kind: 'success' }>;

export interface UseFlowOptions<P> {
  /** An existing flow to fetch (the `?flow=` of the URL); without it a new flow is created from `params`. */
  flowId?: string | null;
  params?: P;
  /** A new flow id is in use (created, restarted, replaced): drop-ins write it into the URL so a reload keeps it. */
  onFlowId?: (id: string) => void;
  /** After a successful submit, before the default navigation; return false to navigate yourself. */
  onSuccess?: (outcome: SuccessOutcome) => boolean | undefined;
}

export interface UseFlowResult<F extends Flow> {
  flow: F | undefined;
  status: FlowStatus;
  /** A failure the user must see (network, server): the form and what was typed stay as they are. */
  error: OryClientError | null;
  /** Why the flow was replaced under the user's feet (expired, CSRF); typed values were carried over. */
  restartReason: 'expired' | 'replaced' | 'csrf' | 'not_found' | 'gone' | undefined;
  submit: (body: SubmitBody) => Promise<void>;
  restart: () => Promise<void>;
}

interface LoadedFlow<F> {
  flow?: F;
  /** Kratos sent the user elsewhere; the page shows its pending state until the navigation lands. */
  leaving?: boolean;
}

type Action = { type: 'submit'; body: SubmitBody } | { type: 'restart' };
type ActionResult = {
  kind: 'flow' | 'success' | 'leaving';
  /** With `leaving`: the flow the user left from. Once another flow is shown (the same page, reached again), the
   * navigation has landed and nothing is pending any more. */
  from?: string;
  restartReason?: UseFlowResult<Flow>['restartReason'];
};

/** The engine behind useLoginFlow, useRegistrationFlow, useSettingsFlow, useRecoveryFlow, useVerificationFlow. */
export function useFlow<F extends Flow, P extends object>(
  flowType: FlowType,
  options: UseFlowOptions<P> = {},
): UseFlowResult<F> {
  const ory = useOry();
  const api = ory.client.flow(flowType) as unknown as FlowApi<F, P>;
  const { flowId, params, onFlowId, onSuccess } = options;

  // The id in use: the caller's (?flow=) unless this hook moved on to a newer flow since.
  const [ownId, setOwnId] = useState<string>();
  const [seenFlowId, setSeenFlowId] = useState(flowId);
  if (flowId !== seenFlowId) {
    setSeenFlowId(flowId);
    setOwnId(undefined);
  }
  const id = ownId ?? flowId ?? undefined;

  const store = useCallback(
    (flow: F) => {
      ory.queryClient.setQueryData<LoadedFlow<F>>(oryKeys.flowById(flowType, flow.id), { flow });
      setOwnId(flow.id);
    },
    [ory.queryClient, flowType],
  );

  const query = useQuery<LoadedFlow<F>, OryClientError>(
    {
      queryKey: id ? oryKeys.flowById(flowType, id) : oryKeys.newFlow(flowType, params),
      queryFn: async () => {
        const loaded = await load(
          ory,
          flowType,
          api,
          id ? await api.get(id) : await api.create(params),
          params,
        );
        // Seed the by-id entry so switching to it (when the id reaches the URL) costs no request.
        if (loaded.flow) ory.queryClient.setQueryData(oryKeys.flowById(flowType, loaded.flow.id), loaded);
        return loaded;
      },
      staleTime: Number.POSITIVE_INFINITY,
      // A flow is single-use: once no page shows it, forget it, so the next visit creates a fresh one instead
      // of resubmitting a completed (or expired) flow. StrictMode's remount re-subscribes before this fires.
      gcTime: 0,
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
    ory.queryClient,
  );

  const flow = query.data?.flow;

  const flowRef = useRef(flow);
  flowRef.current = flow;
  const onSuccessRef = useRef(onSuccess);
  onSuccessRef.current = onSuccess;

  const mutation = useMutation<ActionResult, OryClientError, Action>(
    {
      mutationFn: async (action) => {
        const current = flowRef.current;
        if (!current) throw new OryClientError('The form is not ready yet.', { status: 0 });
        const body = action.type === 'submit' ? action.body : {};
        const outcome: Outcome<F> =
          action.type === 'submit'
            ? await api.submit(current, action.body)
            : { kind: 'restart', status: 0, reason: 'gone' };
        switch (outcome.kind) {
          case 'flow':
            store(outcome.flow);
            return { kind: 'flow' };
          case 'success': {
            if (outcome.flow) store(outcome.flow);
            if (outcome.sessionToken) ory.onSessionToken?.(outcome.sessionToken);
            // A completed flow can't be submitted again: the next visit to this page must create a new one
            // (marked stale only, so the page on screen doesn't refetch under the user).
            await ory.queryClient.invalidateQueries({
              queryKey: oryKeys.flows(flowType),
              refetchType: 'none',
            });
            await ory.queryClient.invalidateQueries({ queryKey: oryKeys.session() });
            if (onSuccessRef.current?.(outcome as SuccessOutcome) !== false) {
              followSuccess(
                ory,
                flowType,
                outcome.continueWith,
                outcome.flow?.return_to ?? current.return_to,
              );
            }
            return { kind: 'success' };
          }
          case 'restart': {
            const next = outcome.useFlowId
              ? await api.get(outcome.useFlowId)
              : await api.create(restartParams(current) as P);
            const loaded = await load(ory, flowType, api, next, params);
            if (!loaded.flow) return { kind: 'leaving', from: current.id };
            store(carryValues(loaded.flow, body) as F);
            return { kind: 'flow', restartReason: action.type === 'submit' ? outcome.reason : undefined };
          }
          case 'error':
            throw outcome.error;
          default:
            followAway(ory, flowType, outcome);
            return { kind: 'leaving', from: current.id };
        }
      },
    },
    ory.queryClient,
  );

  // Tell the caller (the drop-in writes ?flow=) whenever the flow in use has a new id.
  const shownId = flow?.id;
  useEffect(() => {
    if (!shownId) return;
    if (shownId !== id) setOwnId(shownId);
    if (shownId !== flowId) onFlowId?.(shownId);
  }, [shownId, id, flowId, onFlowId]);

  const busy = useRef(false);
  const run = useCallback(
    async (action: Action) => {
      if (busy.current) return; // one submit at a time: a double click must not post twice
      busy.current = true;
      try {
        await mutation.mutateAsync(action);
      } catch {
        // The error is in mutation.error, shown by the form; nothing typed is lost.
      } finally {
        busy.current = false;
      }
    },
    [mutation.mutateAsync],
  );

  const submit = useCallback((body: SubmitBody) => run({ type: 'submit', body }), [run]);
  const restart = useCallback(async () => {
    if (!flowRef.current) {
      await query.refetch();
      return;
    }
    await run({ type: 'restart' });
  }, [run, query.refetch]);

  return {
    flow,
    status: deriveStatus(query, mutation, flow),
    error: mutation.error ?? query.error ?? null,
    restartReason: mutation.data?.restartReason,
    submit,
    restart,
  };
}

function deriveStatus(
  query: { isPending: boolean; error: unknown; data?: LoadedFlow<unknown> },
  mutation: { isPending: boolean; error: unknown; data?: ActionResult },
  flow: Flow | undefined,
): FlowStatus {
  if (mutation.isPending) return 'submitting';
  const leaving = mutation.data?.kind === 'leaving' && mutation.data.from === flow?.id;
  if (query.isPending || query.data?.leaving || leaving) return 'pending';
  if (mutation.data?.kind === 'success' || flow?.state === 'success' || flow?.state === 'passed_challenge') {
    return 'success';
  }
  if (query.error || mutation.error) return 'error';
  return 'ready';
}

/** Turns a create/get answer into a flow to show, following Kratos elsewhere when there is none. */
async function load<F extends Flow, P>(
  ory: OryContextValue,
  flowType: FlowType,
  api: FlowApi<F, P>,
  outcome: Outcome<F>,
  params: P | undefined,
  attempt = 0,
): Promise<LoadedFlow<F>> {
  switch (outcome.kind) {
    case 'flow':
      return { flow: outcome.flow };
    case 'success':
      return outcome.flow ? { flow: outcome.flow } : { leaving: true };
    case 'restart': {
      // An expired or unknown ?flow=: start a fresh one (once; a second failure is a real error).
      if (attempt > 0)
        throw new OryClientError('Could not start a new flow. Please reload the page.', {
          status: outcome.status,
          id: CLIENT_ERROR_IDS.restartFailed,
        });
      const next = outcome.useFlowId ? await api.get(outcome.useFlowId) : await api.create(params);
      return load(ory, flowType, api, next, params, attempt + 1);
    }
    case 'error':
      throw outcome.error;
    default:
      followAway(ory, flowType, outcome);
      return { leaving: true };
  }
}
