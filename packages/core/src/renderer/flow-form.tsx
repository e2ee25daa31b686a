import {
  type FormEvent,
  Fragment,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { safeUrl } from '../client/safe-url';
import type { Flow, UiNode, UiNodeGroup } from '../client/types';
import { formatError } from '../i18n/format-error';
import { filterNodeGroups } from '../nodes/filter-nodes';
import { getNodeId } from '../nodes/get-node-id';
import { resolveClassName } from './class-name';
import { OryComponentsContext, useMergedComponents } from './components-context';
import { nodeAttributes } from './data-attributes';
import { devWarn } from './dev-warn';
import { type FlowFormStateInput, useFlowRevision } from './flow-form-state';
import { moveFocusToFirstError } from './focus';
import { FlowFormContext, type FlowFormContextValue, type TriggerFailure } from './form-context';
import { formMethod } from './get-form-props';
import { formatMessages } from './message-props';
import { Node } from './node';
import { getFlowMessages, getNodeMessages, hasError } from './node-state';
import { enhanceFormElement, isThenable, readSubmission } from './submission';
import type {
  ClassNameProp,
  FormattedMessage,
  FormRenderState,
  FormState,
  OryClassNames,
  OryComponents,
  RenderNode,
} from './types';

export interface FlowFormRenderProps {
  /** The nodes after `groups` / `filter`, in Kratos' order. Render each with `<Node node={…} />`. */
  nodes: UiNode[];
  state: FormRenderState;
}

export interface FlowFormProps {
  flow: Flow;
  /** Called with `new FormData(form, submitter)`; while the promise it returns is pending, submits are ignored. */
  onSubmit: (formData: FormData) => unknown;
  /** The submission state from your hook (`status` works as is: `ready`/`pending` mean idle). */
  state?: FlowFormStateInput | undefined;
  /** A failure to show above the nodes as an alert (network, server). */
  error?: string | Error | null | undefined;
  /** Parts to replace for this form only (merged over the providers'). */
  components?: Partial<OryComponents> | undefined;
  classNames?: OryClassNames | undefined;
  /** Per-node override: return your element or `defaultRender()`. */
  renderNode?: RenderNode | undefined;
  /** Only these groups (plus `default`: csrf_token and identifier travel with every section). */
  groups?: UiNodeGroup[] | undefined;
  filter?: ((node: UiNode) => boolean) | undefined;
  className?: ClassNameProp<FormRenderState> | undefined;
  /** Prefix of the DOM ids made for this form; default a unique one per form. */
  idPrefix?: string | undefined;
  /** Keep the browser's validation bubbles (default: off once JS runs, Kratos' messages show instead). */
  nativeValidation?: boolean | undefined;
  /**
   * Show the flow's form-level `ui.messages` (default true). Turn it off when one flow is split over several forms
   * (settings sections) and `<FlowMessages>` shows them once; a client-side `error` still shows.
   */
  flowMessages?: boolean | undefined;
  /** Extra content after the nodes, or a function that renders the nodes yourself (layout). */
  children?: ReactNode | ((props: FlowFormRenderProps) => ReactNode);
}

/**
 * A flow as a real `<form action method>` with every node (hidden ones too), so it also works before
 * hydration. With JS, submits go to `onSubmit(formData)`, once at a time; the WebAuthn script's
 * `form.submit()` ends there too.
 */
export function FlowForm({
  flow,
  onSubmit,
  state,
  error,
  components,
  classNames,
  renderNode,
  groups,
  filter,
  className,
  idPrefix,
  nativeValidation,
  flowMessages = true,
  children,
}: FlowFormProps) {
  // This form's parts and classes over the providers': the nodes inside read them from the context.
  const ory = useMergedComponents({ components, classNames });
  const { texts } = ory;
  const reactId = useId();
  const prefix = idPrefix ?? `ory-${reactId.replace(/[^\w-]/g, '')}-`;
  const formRef = useRef<HTMLFormElement | null>(null);
  const undoEnhance = useRef<() => void>(undefined);
  const submitLock = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  // Submits of this form (not of others on the same flow): the next flow then remounts its inputs.
  const [submits, setSubmits] = useState(0);

  const shown = filterNodeGroups(flow?.ui?.nodes, groups);
  const nodes = filter ? shown.filter(filter) : shown;
  const revision = useFlowRevision(flow, nodes, submits);
  // A WebAuthn ceremony that failed in the browser; forgotten when the next flow (the server's answer) arrives.
  const [triggerFailure, setTriggerFailure] = useState<{ kind: TriggerFailure; revision: number }>();
  const shownTriggerFailure = triggerFailure?.revision === revision && triggerFailure.kind;

  // The client's own failures (network, timeout) in the reader's language, by their id.
  const failure = error
    ? formatError(error, texts)
    : shownTriggerFailure &&
      texts[shownTriggerFailure === 'failed' ? 'webauthnFailed' : 'webauthnUnavailable'];
  const serverMessages = flowMessages ? getFlowMessages(flow) : [];
  const formMessages: FormattedMessage[] = formatMessages(serverMessages, `${prefix}form`, ory);
  if (failure) {
    // Id 0: a client-side failure, not a Kratos message (no data-ory-message-id).
    const message = { id: 0, text: failure, type: 'error' };
    formMessages.unshift({ ...message, id: `${prefix}error`, message });
  }

  // What this form shows, not the whole flow: a settings section is not invalid for another one's error.
  const invalid = Boolean(failure) || hasError([...serverMessages, ...nodes.flatMap(getNodeMessages)]);
  // Submitting while the caller says so or our own submit promise is pending; an explicit success/error as given.
  const formState: FormState =
    state === 'submitting' || submitting
      ? 'submitting'
      : state === 'success' || state === 'error'
        ? state
        : invalid
          ? 'error'
          : 'idle';
  const renderState: FormRenderState = { state: formState, pending: formState === 'submitting', invalid };

  const context = useMemo<FlowFormContextValue>(
    () => ({
      formState,
      idPrefix: prefix,
      renderNode,
      reportTriggerFailure: (kind) => setTriggerFailure(kind && { kind, revision }),
    }),
    [formState, prefix, renderNode, revision],
  );

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (formState === 'submitting' || submitLock.current) return;
    setSubmits((count) => count + 1);
    const result = onSubmit(readSubmission(event));
    if (!isThenable(result)) return;
    submitLock.current = true;
    setSubmitting(true);
    const release = () => {
      submitLock.current = false;
      setSubmitting(false);
    };
    result.then(release, release);
  };

  // Stable per nativeValidation, so React enhances the form once. Undone by hand rather than by a returned
  // cleanup: a Form part may wrap the ref in a function of its own that drops the return value.
  const setForm = useCallback(
    (form: HTMLFormElement | null) => {
      undoEnhance.current?.();
      undoEnhance.current = form ? enhanceFormElement(form, { nativeValidation }) : undefined;
      formRef.current = form;
    },
    [nativeValidation],
  );

  // After a flow (or failure) arrives: focus the first invalid field, else the form-level alert. A form with
  // nothing invalid has neither, so the DOM is not searched.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per new flow object and failure
  useEffect(() => {
    const form = formRef.current;
    if (!form) {
      if (typeof process === 'object' && process.env.NODE_ENV !== 'production')
        devWarn('the Form part must pass `ref` to its <form>, or form.submit() is not routed');
    } else if (invalid) moveFocusToFirstError(form);
  }, [flow, failure]);

  const { Form, Messages } = ory.components;
  // Unique React keys: Kratos may repeat a node, so repeats get `#2`, `#3`…
  const seen = new Map<string, number>();
  const body =
    typeof children === 'function'
      ? children({ nodes, state: renderState })
      : nodes.map((node) => {
          const id = getNodeId(node);
          const count = (seen.get(id) ?? 0) + 1;
          seen.set(id, count);
          return <Node key={count > 1 ? `${id}#${count}` : id} node={node} />;
        });

  return (
    <OryComponentsContext.Provider value={ory}>
      <FlowFormContext.Provider value={context}>
        <Form
          ref={setForm}
          flow={flow}
          state={renderState}
          // Only an http(s) or relative URL: see getFormProps.
          action={safeUrl(flow?.ui?.action)}
          method={formMethod(flow?.ui?.method)}
          onSubmit={handleSubmit}
          aria-busy={renderState.pending || undefined}
          {...nodeAttributes(renderState, 'form')}
          data-state={formState}
          className={resolveClassName(renderState, ory.classNames.Form, className)}
        >
          {formMessages.length > 0 ? (
            <Messages
              messages={formMessages}
              state={renderState}
              data-ory-part="messages"
              className={resolveClassName(renderState, ory.classNames.Messages)}
            />
          ) : null}
          <Fragment key={revision}>{body}</Fragment>
          {typeof children === 'function' ? null : children}
        </Form>
      </FlowFormContext.Provider>
    </OryComponentsContext.Provider>
  );
}
