import type { ReactNode } from 'react';
import type { Flow, FlowType } from '../client';
import { type UseFlowResult, useOry } from '../hooks';
import { formatError } from '../i18n/format-error';
import { FlowForm, type FlowFormProps, useOryTexts } from '../renderer';

export type FlowViewFormProps = Omit<FlowFormProps, 'flow' | 'onSubmit' | 'state' | 'error'>;

export interface FlowViewProps<F extends Flow> extends FlowViewFormProps {
  flowType: FlowType;
  result: UseFlowResult<F>;
  title?: ReactNode;
  /** Shown under the form (links to the other flows). */
  footer?: ReactNode;
  /** Replaces the single form (settings renders one form per section); a failure then shows once, above it. */
  render?: (state: FormState) => ReactNode;
  /**
   * After Kratos refused the request itself: start without its parameters. The drop-ins pass useUrlFlowOptions'
   * (which sets their props' parameters aside too); by default the page is opened again without its query.
   */
  startOver?: () => void;
}

type FormState = NonNullable<FlowFormProps['state']>;

/** What every drop-in shows for its hook: a pending state, a recoverable error, or the form. */
export function FlowView<F extends Flow>({
  flowType,
  result,
  title,
  footer,
  render,
  startOver,
  ...formProps
}: FlowViewProps<F>) {
  const { flow, status, error, restartReason } = result;
  const { navigate } = useOry();
  const texts = useOryTexts();
  // Kratos refused the request itself (a forbidden return_to, a disabled flow): asking again the same way cannot
  // succeed, so start over without the parameters.
  const refused = error && error.status >= 400 && error.status < 500;
  // 'pending' with a form on screen: Kratos sent the browser elsewhere (a provider, step-up) and it is on its
  // way; the form stays busy so a second click cannot start a second round trip.
  const formState = status === 'pending' ? 'submitting' : status === 'ready' ? 'idle' : status;
  // Said when Kratos renewed the form under the user; an expired flow needs no notice (Kratos says so itself).
  const notice =
    restartReason === 'csrf'
      ? texts.formRenewedCsrf
      : restartReason === 'not_found' || restartReason === 'gone'
        ? texts.formRenewed
        : undefined;
  // One section whose slots keep their places, so the form is not remounted when a notice comes or goes.
  return (
    // No aria-busy while loading: it would keep screen readers from announcing the "Loading…" status inside.
    <section data-ory-flow={flowType} data-state={flow || status === 'error' ? status : 'pending'}>
      {title}
      {flow ? (
        notice ? (
          <p role="status" data-ory-part="notice">
            {notice}
          </p>
        ) : null
      ) : status === 'error' ? (
        <div role="alert" data-ory-part="error">
          <p>{formatError(error, texts)}</p>
          <button
            type="button"
            data-ory-part="retry"
            onClick={
              refused
                ? (startOver ?? (() => navigate(window.location.pathname)))
                : () => void result.restart()
            }
          >
            {refused ? texts.startOver : texts.tryAgain}
          </button>
        </div>
      ) : (
        <p role="status" data-ory-part="loading">
          {texts.loading}
        </p>
      )}
      {/* With its own forms (render), a failure shows once, above them; FlowForm shows it inside. */}
      {flow && render && error ? (
        <p role="alert" data-ory-part="error">
          {formatError(error, texts)}
        </p>
      ) : null}
      {!flow ? null : render ? (
        render(formState)
      ) : (
        <FlowForm flow={flow} onSubmit={result.submit} state={formState} error={error} {...formProps} />
      )}
      {flow ? footer : null}
    </section>
  );
}
