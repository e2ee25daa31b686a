import type { ReactNode } from 'react';
import type { RegistrationParams } from '../client';
import { useOry, useRegistrationFlow, withQuery } from '../hooks';
import { useOryTexts } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { RouteLink } from './route-link';
import { useUrlFlowOptions } from './use-url-state';

export interface RegistrationFlowProps extends FlowViewFormProps, RegistrationParams {
  title?: ReactNode;
  /** Show a link to login (default true). */
  links?: boolean;
}

/** Drop-in registration: reads ?flow=, ?return_to=, … from the URL, writes ?flow= back, follows continue_with. */
export function RegistrationFlow({ title, links = true, ...props }: RegistrationFlowProps) {
  const { routes } = useOry();
  const texts = useOryTexts();
  const [options, formProps, startOver] = useUrlFlowOptions('registration', props);
  const result = useRegistrationFlow(options);
  return (
    <FlowView
      flowType="registration"
      result={result}
      startOver={startOver}
      title={<h2 data-ory-part="title">{title ?? texts.registrationTitle}</h2>}
      footer={
        links ? (
          <nav data-ory-part="links" aria-label={texts.linksLabel}>
            <RouteLink href={withQuery(routes.login, { return_to: options.returnTo })}>
              {texts.registrationLoginLink}
            </RouteLink>
          </nav>
        ) : null
      }
      {...formProps}
    />
  );
}
