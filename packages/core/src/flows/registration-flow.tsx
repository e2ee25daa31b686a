import type { ReactNode } from 'react';
import type { RegistrationParams } from '../client';
import { useOry, useRegistrationFlow, withQuery } from '../hooks';
import { useOryTexts } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { RouteLink } from './route-link';
import { param, useSearchParams, useWriteFlowId } from './use-url-state';

export interface RegistrationFlowProps extends FlowViewFormProps, RegistrationParams {
  title?: ReactNode;
  /** Show a link to login (default true). */
  links?: boolean;
}

/** Drop-in registration: reads ?flow=, ?return_to=, … from the URL, writes ?flow= back, follows continue_with. */
export function RegistrationFlow({
  title,
  links = true,
  returnTo,
  loginChallenge,
  afterVerificationReturnTo,
  organization,
  identitySchema,
  returnSessionTokenExchangeCode,
  ...formProps
}: RegistrationFlowProps) {
  const search = useSearchParams();
  const { routes } = useOry();
  const texts = useOryTexts();
  const returnToParam = returnTo ?? param(search, 'return_to');
  const result = useRegistrationFlow({
    flowId: param(search, 'flow'),
    returnTo: returnToParam,
    loginChallenge: loginChallenge ?? param(search, 'login_challenge'),
    afterVerificationReturnTo: afterVerificationReturnTo ?? param(search, 'after_verification_return_to'),
    organization: organization ?? param(search, 'organization'),
    identitySchema: identitySchema ?? param(search, 'identity_schema'),
    returnSessionTokenExchangeCode,
    onFlowId: useWriteFlowId(),
  });
  return (
    <FlowView
      flowType="registration"
      result={result}
      title={<h2 data-ory-part="title">{title ?? texts.registrationTitle}</h2>}
      footer={
        links ? (
          <nav data-ory-part="links" aria-label={texts.linksLabel}>
            <RouteLink href={withQuery(routes.login, { return_to: returnToParam })}>
              {texts.registrationLoginLink}
            </RouteLink>
          </nav>
        ) : null
      }
      {...formProps}
    />
  );
}
