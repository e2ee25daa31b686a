import type { ReactNode } from 'react';
import type { LoginParams } from '../client';
import { useLoginFlow, useOry, withQuery } from '../hooks';
import { useOryTexts } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { RouteLink } from './route-link';
import { useUrlFlowOptions } from './use-url-state';

export interface LoginFlowProps extends FlowViewFormProps, LoginParams {
  /** Heading above the form; default depends on the flow (sign in, confirm it's you, second factor). */
  title?: ReactNode;
  /** Show links to registration and recovery (default true). */
  links?: boolean;
}

/**
 * Drop-in login: reads ?flow=, ?return_to=, ?aal=, ?refresh=, ?login_challenge=, ?organization= from the URL
 * (props win), writes ?flow= back, and follows Kratos wherever it sends the user.
 */
export function LoginFlow({ title, links = true, ...props }: LoginFlowProps) {
  const { routes } = useOry();
  const texts = useOryTexts();
  const [options, formProps, startOver] = useUrlFlowOptions('login', props);
  const result = useLoginFlow(options);
  const { flow } = result;
  // Signing in again or with a second factor: a heading of its own, and no links to other flows.
  const secondStepTitle = flow?.refresh
    ? texts.loginRefreshTitle
    : flow?.requested_aal === 'aal2'
      ? texts.loginSecondFactorTitle
      : undefined;
  return (
    <FlowView
      flowType="login"
      result={result}
      startOver={startOver}
      title={<h2 data-ory-part="title">{title ?? secondStepTitle ?? texts.loginTitle}</h2>}
      footer={
        links && secondStepTitle === undefined ? (
          <nav data-ory-part="links" aria-label={texts.linksLabel}>
            <RouteLink href={withQuery(routes.registration, { return_to: options.returnTo })}>
              {texts.loginRegistrationLink}
            </RouteLink>
            <RouteLink href={withQuery(routes.recovery, { return_to: options.returnTo })}>
              {texts.loginRecoveryLink}
            </RouteLink>
          </nav>
        ) : null
      }
      {...formProps}
    />
  );
}
