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
import type { Flow, UiNode, UiNodeGroup } from '../client/types';
import { formatError } from '../i18n/format-error';
import { filterNodes } from '../nodes/filter-nodes';
import { getNodeId } from '../nodes/get-node-id';
import { resolveClassName } from './class-name';
import { OryComponentsProvider, useOryComponents } from './components-context';
import { formAttributes } from './data-attributes';
import { devWarn } from './dev-warn';
import { deriveFormState, type FlowFormStateInput, showsErrors, useFlowRevision } from './flow-form-state';
import { moveFocusToFirstError } from './focus';
import { FlowFormContext, type FlowFormContextValue, type TriggerFailure } from './form-context';
import { formMethod, safeFormAction } from './get-form-props';
import { formatMessages } from './message-props';
import { Node } from './node';
import { getFlowMessages } from './node-state';
import { enhanceFormElement, isThenable, readSubmission } from './submission';
import type {
  ClassNameProp,
  FormattedMessage,
  FormRenderState,
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

/** Unique React keys: Kratos may repeat a node, so repeats get `#2`, `#3`… */
function nodeKeys(nodes: UiNode[]): string[] {
  const seen = new Map<string, number>();
  return nodes.map((node) => {
    const id = getNodeId(node);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}#${count}`;
  });
}

/**
 * A flow as a real `<form action method>` with every node (hidden ones too), so it also works before
 * hydration. With JS, submits go to `onSubmit(formData)`, once at a time; the WebAuthn script's
 * `form.submit()` ends there too.
 */
export function FlowForm({ components, classNames, ...props }: FlowFormProps) {
  return (
    <OryComponentsProvider components={components} classNames={classNames}>
      <FlowFormContent {...props} />
    </OryComponentsProvider>
  );
}

function FlowFormContent({
  flow,
  onSubmit,
  state,
  error,
  renderNode,
  groups,
  filter,
  className,
  idPrefix,
  nativeValidation,
  flowMessages = true,
  children,
}: Omit<FlowFormProps, 'components' | 'classNames'>) {
  const { components, classNames, translations, texts, locale } = useOryComponents();
  const reactId = useId();
  const prefix = idPrefix ?? `ory-${reactId.replace(/[^\w-]/g, '')}-`;
  const formRef = useRef<HTMLFormElement | null>(null);
  const undoEnhance = useRef<(() => void) | null>(null);
  const submitLock = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  // Submits of this form (not of others on the same flow): the next flow then remounts its inputs.
  const [submits, setSubmits] = useState(0);

  const groupsKey = groups?.join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: groups is compared by value (groupsKey)
  const nodes = useMemo(() => {
    const grouped = filterNodes(flow?.ui?.nodes, { groups });
    return filter ? grouped.filter(filter) : grouped;
  }, [flow, groupsKey, filter]);
  const revision = useFlowRevision(flow, nodes, submits);
  // A WebAuthn ceremony that failed in the browser; forgotten when the next flow (the server's answer) arrives.
  const [triggerFailure, setTriggerFailure] = useState<{ kind: TriggerFailure; revision: number }>();
  const reportTriggerFailure = useCallback(
    (kind: TriggerFailure | undefined) => setTriggerFailure(kind ? { kind, revision } : undefined),
    [revision],
  );
  const shownTriggerFailure = triggerFailure?.revision === revision ? triggerFailure.kind : undefined;

  // The client's own failures (network, timeout) in the reader's language, by their id.
  const failure = error
    ? formatError(error, texts)
    : shownTriggerFailure &&
      texts[shownTriggerFailure === 'failed' ? 'webauthnFailed' : 'webauthnUnavailable'];
  const serverMessages = useMemo(() => (flowMessages ? getFlowMessages(flow) : []), [flow, flowMessages]);
  const formMessages = useMemo<FormattedMessage[]>(() => {
    const list = formatMessages(serverMessages, `${prefix}form`, translations, { locale });
    if (!failure) return list;
    // Id 0: a client-side failure, not a Kratos message (no data-ory-message-id).
    const clientError = { id: 0, text: failure, type: 'error' };
    return [{ id: `${prefix}error`, text: failure, type: 'error', message: clientError }, ...list];
  }, [serverMessages, prefix, translations, locale, failure]);

  // What this form shows, not the whole flow: a settings section is not invalid for another one's error.
  const invalid = Boolean(failure) || showsErrors(serverMessages, nodes);
  const formState = deriveFormState(state, submitting, invalid);
  const renderState = useMemo<FormRenderState>(
    () => ({ state: formState, pending: formState === 'submitting', invalid }),
    [formState, invalid],
  );

  const context = useMemo<FlowFormContextValue>(
    () => ({ formState, idPrefix: prefix, renderNode, reportTriggerFailure }),
    [formState, prefix, renderNode, reportTriggerFailure],
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

  const setForm = useCallback(
    (form: HTMLFormElement | null) => {
      undoEnhance.current?.();
      undoEnhance.current = form ? enhanceFormElement(form, { nativeValidation }) : null;
      formRef.current = form;
    },
    [nativeValidation],
  );

  useEffect(() => {
    if (typeof process === 'object' && process.env.NODE_ENV !== 'production' && !formRef.current)
      devWarn('the Form part must pass `ref` to its <form>, or form.submit() is not routed');
  }, []);

  // After a flow (or failure) arrives: focus the first invalid field, else the form-level alert. A form with
  // nothing invalid has neither, so the DOM is not searched.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per new flow object and failure
  useEffect(() => {
    if (formRef.current && invalid) moveFocusToFirstError(formRef.current);
  }, [flow, failure]);

  const { Form, Messages } = components;
  const keys = nodeKeys(nodes);
  const body =
    typeof children === 'function'
      ? children({ nodes, state: renderState })
      : nodes.map((node, index) => <Node key={keys[index]} node={node} />);

  return (
    <FlowFormContext.Provider value={context}>
      <Form
        ref={setForm}
        flow={flow}
        state={renderState}
        action={safeFormAction(flow?.ui?.action)}
        method={formMethod(flow?.ui?.method)}
        onSubmit={handleSubmit}
        aria-busy={renderState.pending || undefined}
        {...formAttributes(renderState)}
        className={resolveClassName(renderState, classNames.Form, className)}
      >
        {formMessages.length > 0 ? (
          <Messages
            messages={formMessages}
            state={renderState}
            data-ory-part="messages"
            className={resolveClassName(renderState, classNames.Messages)}
          />
        ) : null}
        <Fragment key={revision}>{body}</Fragment>
        {typeof children === 'function' ? null : children}
      </Form>
    </FlowFormContext.Provider>
  );
}
