import type { ReactNode } from 'react';
import type { Flow, FlowType } from '../client';
import { type FlowStatus, type UseFlowResult, useOry } from '../hooks';
import { formatError } from '../i18n/format-error';
import type { OryTexts } from '../i18n/texts';
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
}

type FormState = NonNullable<FlowFormProps['state']>;

/** Said when Kratos renewed the form under the user; an expired flow needs no notice (Kratos says so itself). */
function restartNotice(reason: UseFlowResult<Flow>['restartReason'], texts: OryTexts): string | undefined {
  if (reason === 'csrf') return texts.formRenewedCsrf;
  return reason === 'not_found' || reason === 'gone' ? texts.formRenewed : undefined;
}

function formState(status: FlowStatus): FormState {
  // 'pending' with a form on screen: Kratos sent the browser elsewhere (a provider, step-up) and it is on its
  // way; the form stays busy so a second click cannot start a second round trip.
  if (status === 'submitting' || status === 'pending') return 'submitting';
  if (status === 'success') return 'success';
  if (status === 'error') return 'error';
  return 'idle';
}

/** What every drop-in shows for its hook: a pending state, a recoverable error, or the form. */
export function FlowView<F extends Flow>({
  flowType,
  result,
  title,
  footer,
  render,
  ...formProps
}: FlowViewProps<F>) {
  const { flow, status, error, restartReason } = result;
  const { navigate } = useOry();
  const texts = useOryTexts();
  if (!flow) {
    return (
      // No aria-busy here: it would keep screen readers from announcing the "Loading…" status inside.
      <section data-ory-flow={flowType} data-state={status === 'error' ? 'error' : 'pending'}>
        {title}
        {status === 'error' ? (
          <div role="alert" data-ory-part="error">
            <p>{formatError(error, texts)}</p>
            {/* Kratos refused the request itself (a forbidden return_to, a disabled flow): asking again the same way
                cannot succeed, so start over without the URL's parameters. */}
            {error && error.status >= 400 && error.status < 500 ? (
              <button type="button" data-ory-part="retry" onClick={() => navigate(window.location.pathname)}>
                {texts.startOver}
              </button>
            ) : (
              <button type="button" data-ory-part="retry" onClick={() => void result.restart()}>
                {texts.tryAgain}
              </button>
            )}
          </div>
        ) : (
          <p role="status" data-ory-part="loading">
            {texts.loading}
          </p>
        )}
      </section>
    );
  }
  const notice = restartNotice(restartReason, texts);
  return (
    <section data-ory-flow={flowType} data-state={status}>
      {title}
      {notice ? (
        <p role="status" data-ory-part="notice">
          {notice}
        </p>
      ) : null}
      {render ? (
        <>
          {error ? (
            <p role="alert" data-ory-part="error">
              {formatError(error, texts)}
            </p>
          ) : null}
          {render(formState(status))}
        </>
      ) : (
        <FlowForm
          flow={flow}
          onSubmit={result.submit}
          state={formState(status)}
          error={error ?? undefined}
          {...formProps}
        />
      )}
      {footer}
    </section>
  );
}
