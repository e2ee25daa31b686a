import type { ReactNode } from 'react';
import { useFlowError, useOry } from '../hooks';
import { formatError } from '../i18n/format-error';
import { useOryTexts } from '../renderer';
import { RouteLink } from './route-link';
import { useUrlQuery } from './use-url-state';

export interface FlowErrorProps {
  /** The error id; default `?id=` of the URL (where Kratos sends the browser). */
  id?: string;
  title?: ReactNode;
}

interface ErrorDetails {
  message?: string;
  reason?: string;
  code?: number;
  status?: string;
  id?: string;
}

/** Drop-in error page for `/error?id=`: what Kratos stored, in words, with a way back. */
export function FlowError({ id, title }: FlowErrorProps) {
  const query = useUrlQuery();
  const errorId = id ?? (query.get('id') || undefined);
  const { routes } = useOry();
  const texts = useOryTexts();
  const { flowError, status, error } = useFlowError(errorId);
  const details = (flowError?.error ?? {}) as ErrorDetails;
  return (
    <section data-ory-flow="error" data-state={status} aria-busy={status === 'pending'}>
      <h2 data-ory-part="title">{title ?? texts.errorTitle}</h2>
      {status === 'pending' ? (
        <p role="status" data-ory-part="loading">
          {texts.loading}
        </p>
      ) : (
        <div role="alert" data-ory-part="error">
          {!errorId ? <p>{texts.errorMissingId}</p> : null}
          {error ? <p>{formatError(error, texts)}</p> : null}
          {details.message ? <p data-ory-part="error-message">{details.message}</p> : null}
          {details.reason ? <p data-ory-part="error-reason">{details.reason}</p> : null}
          {details.code ? (
            <p data-ory-part="error-code">{texts.errorCode(details.code, details.status)}</p>
          ) : null}
        </div>
      )}
      <nav data-ory-part="links" aria-label={texts.errorLinksLabel}>
        <RouteLink href={routes.login}>{texts.errorLoginLink}</RouteLink>
        <RouteLink href={routes.home}>{texts.errorHomeLink}</RouteLink>
      </nav>
    </section>
  );
}
