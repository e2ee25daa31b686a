import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  CLIENT_ERROR_IDS,
  carryValues,
  type Flow,
  type FlowApi,
  type FlowType,
  OryClientError,
  type Outcome,
  type SubmitBody,
} from '../client';
import { isFinished } from '../client/classify';
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

/**
 * What the cache holds under a flow's key: the flow itself, or `null` when Kratos sent the user elsewhere (the
 * page shows its pending state until the navigation lands).
 */
type Loaded<F> = F | null;

/** The last submit or restart, as the form shows it. React state, not a react-query mutation: one round trip
 * at a time is all a form needs, and a mutation observer would cost every app ≈ 0.7 kB gzip. */
interface Submission {
  pending?: boolean;
  error?: OryClientError;
  succeeded?: boolean;
  /** The flow the user left from when Kratos sent them elsewhere. Once another flow is shown (the same page,
   * reached again), the navigation has landed and nothing is pending any more. */
  leftFrom?: string;
  restartReason?: UseFlowResult<Flow>['restartReason'];
}

/** The engine behind useLoginFlow, useRegistrationFlow, useSettingsFlow, useRecoveryFlow, useVerificationFlow. */
export function useFlow<F extends Flow, P extends object>(
  flowType: FlowType,
  options: UseFlowOptions<P> = {},
): UseFlowResult<F> {
  const ory = useOry();
  const api = ory.client.flow(flowType) as unknown as FlowApi<F, P>;
  const { flowId, params, onFlowId } = options;

  // The id in use: the caller's (?flow=) unless this hook moved on to a newer flow since.
  const [ownId, setOwnId] = useState<string>();
  const [seenFlowId, setSeenFlowId] = useState(flowId);
  if (flowId !== seenFlowId) {
    setSeenFlowId(flowId);
    setOwnId(undefined);
  }
  const id = ownId ?? flowId ?? undefined;

  const query = useQuery<Loaded<F>, OryClientError>(
    {
      queryKey: id ? oryKeys.flowById(flowType, id) : oryKeys.newFlow(flowType, params),
      queryFn: async () => {
        const loaded = await load(ory, flowType, api, id ? await api.get(id) : await api.create(params), () =>
          api.create(params),
        );
        // Seed the by-id entry so switching to it (when the id reaches the URL) costs no request.
        if (loaded) ory.queryClient.setQueryData(oryKeys.flowById(flowType, loaded.id), loaded);
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
  const flow = query.data ?? undefined;

  // What a submit started in one render needs from the latest one (the flow may have been replaced meanwhile).
  const latest = useRef({ flow, options });
  latest.current = { flow, options };

  const [submission, setSubmission] = useState<Submission>({});
  const busy = useRef(false);

  /** Submits `body`, or with `null` starts the flow over (the "Start over" of an expired form). */
  const run = useCallback(
    async (body: SubmitBody | null) => {
      const current = latest.current.flow;
      if (busy.current) return; // one round trip at a time: a double click must not post twice
      if (!current) {
        // A custom form that submits before the flow arrived: say so instead of doing nothing.
        setSubmission({ error: new OryClientError('The form is not ready yet.', { status: 0 }) });
        return;
      }
      busy.current = true;
      setSubmission({ pending: true });
      const store = (next: F) => {
        ory.queryClient.setQueryData<Loaded<F>>(oryKeys.flowById(flowType, next.id), next);
        setOwnId(next.id);
      };
      try {
        const outcome: Outcome<F> =
          body === null ? { kind: 'restart', status: 0, reason: 'gone' } : await api.submit(current, body);
        if (outcome.kind === 'success') {
          if (outcome.flow) store(outcome.flow);
          if (outcome.sessionToken) ory.onSessionToken?.(outcome.sessionToken);
          // A completed flow can't be submitted again: the next visit to this page must create a new one
          // (marked stale only, so the page on screen doesn't refetch under the user).
          await ory.queryClient.invalidateQueries({ queryKey: oryKeys.flows(flowType), refetchType: 'none' });
          await ory.queryClient.invalidateQueries({ queryKey: oryKeys.session() });
          if (latest.current.options.onSuccess?.(outcome as SuccessOutcome) !== false) {
            followSuccess(ory, flowType, outcome.continueWith, outcome.flow?.return_to ?? current.return_to);
          }
          setSubmission({ succeeded: true });
          return;
        }
        // A lost flow restarts the way it was made (return_to, aal, …), not with the page's parameters.
        const loaded = await load(ory, flowType, api, outcome, () => api.recreate(current));
        if (!loaded) return setSubmission({ leftFrom: current.id });
        const restarted = outcome.kind === 'restart';
        store(restarted ? (carryValues(loaded, body ?? {}) as F) : loaded);
        setSubmission({ restartReason: restarted && body !== null ? outcome.reason : undefined });
      } catch (error) {
        // Shown by the form; the flow and what was typed stay as they are.
        setSubmission({ error: error as OryClientError });
      } finally {
        busy.current = false;
      }
    },
    [ory, api, flowType],
  );

  // Tell the caller (the drop-in writes ?flow=) whenever the flow in use has a new id.
  const shownId = flow?.id;
  useEffect(() => {
    if (!shownId) return;
    if (shownId !== id) setOwnId(shownId);
    if (shownId !== flowId) onFlowId?.(shownId);
  }, [shownId, id, flowId, onFlowId]);

  const restart = useCallback(async () => {
    if (latest.current.flow) await run(null);
    else await query.refetch();
  }, [run, query.refetch]);

  return {
    flow,
    status: deriveStatus(query.error, submission, flow),
    error: submission.error ?? query.error ?? null,
    restartReason: submission.restartReason,
    submit: run,
    restart,
  };
}

function deriveStatus(loadError: unknown, submission: Submission, flow: Flow | undefined): FlowStatus {
  if (submission.pending) return 'submitting';
  // No flow: still loading, or Kratos sent the user elsewhere (the cache holds null), unless loading failed.
  if (!flow) return loadError ? 'error' : 'pending';
  // The flow the user left from stays on screen until the navigation lands.
  if (submission.leftFrom === flow.id) return 'pending';
  if (submission.succeeded || isFinished(flow)) return 'success';
  return loadError || submission.error ? 'error' : 'ready';
}

/**
 * Turns an answer into a flow to show, following Kratos elsewhere when there is none. A lost flow is started
 * again once, with `startOver`; the new one is loaded without it, so when it is lost too, only a reload helps.
 */
async function load<F extends Flow, P>(
  ory: OryContextValue,
  flowType: FlowType,
  api: FlowApi<F, P>,
  outcome: Outcome<F>,
  startOver?: () => Promise<Outcome<F>>,
): Promise<Loaded<F>> {
  switch (outcome.kind) {
    case 'flow':
      return outcome.flow;
    case 'success':
      return outcome.flow ?? null;
    case 'restart': {
      if (!startOver)
        throw new OryClientError('Could not start a new flow. Please reload the page.', {
          status: outcome.status,
          id: CLIENT_ERROR_IDS.restartFailed,
        });
      const next = outcome.useFlowId ? await api.get(outcome.useFlowId) : await startOver();
      return load(ory, flowType, api, next);
    }
    case 'error':
      throw outcome.error;
    default:
      followAway(ory, flowType, outcome);
      return null;
  }
}
