import type { ReactNode } from 'react';
import type { LoginFlowData, LoginParams } from '../client';
import { useLoginFlow, useOry, withQuery } from '../hooks';
import type { OryTexts } from '../i18n/texts';
import { useOryTexts } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { RouteLink } from './route-link';
import { param, useSearchParams, useWriteFlowId } from './use-url-state';

export interface LoginFlowProps extends FlowViewFormProps, LoginParams {
  /** Heading above the form; default depends on the flow (sign in, confirm it's you, second factor). */
  title?: ReactNode;
  /** Show links to registration and recovery (default true). */
  links?: boolean;
}

function defaultTitle(flow: LoginFlowData | undefined, texts: OryTexts): string {
  if (flow?.refresh) return texts.loginRefreshTitle;
  if (flow?.requested_aal === 'aal2') return texts.loginSecondFactorTitle;
  return texts.loginTitle;
}

/**
 * Drop-in login: reads ?flow=, ?return_to=, ?aal=, ?refresh=, ?login_challenge=, ?organization= from the URL
 * (props win), writes ?flow= back, and follows Kratos wherever it sends the user.
 */
export function LoginFlow({
  title,
  links = true,
  returnTo,
  refresh,
  aal,
  loginChallenge,
  organization,
  via,
  identitySchema,
  returnSessionTokenExchangeCode,
  ...formProps
}: LoginFlowProps) {
  const search = useSearchParams();
  const { routes } = useOry();
  const texts = useOryTexts();
  const returnToParam = returnTo ?? param(search, 'return_to');
  const result = useLoginFlow({
    flowId: param(search, 'flow'),
    returnTo: returnToParam,
    refresh: refresh ?? (param(search, 'refresh') === 'true' ? true : undefined),
    aal: aal ?? (param(search, 'aal') as LoginParams['aal']),
    loginChallenge: loginChallenge ?? param(search, 'login_challenge'),
    organization: organization ?? param(search, 'organization'),
    via: via ?? param(search, 'via'),
    identitySchema: identitySchema ?? param(search, 'identity_schema'),
    returnSessionTokenExchangeCode,
    onFlowId: useWriteFlowId(),
  });
  const secondStep = Boolean(result.flow?.refresh || result.flow?.requested_aal === 'aal2');
  return (
    <FlowView
      flowType="login"
      result={result}
      title={<h2 data-ory-part="title">{title ?? defaultTitle(result.flow, texts)}</h2>}
      footer={
        links && !secondStep ? (
          <nav data-ory-part="links" aria-label={texts.linksLabel}>
            <RouteLink href={withQuery(routes.registration, { return_to: returnToParam })}>
              {texts.loginRegistrationLink}
            </RouteLink>
            <RouteLink href={withQuery(routes.recovery, { return_to: returnToParam })}>
              {texts.loginRecoveryLink}
            </RouteLink>
          </nav>
        ) : null
      }
      {...formProps}
    />
  );
}
