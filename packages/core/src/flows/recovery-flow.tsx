import type { ReactNode } from 'react';
import type { RecoveryParams } from '../client';
import { useOry, useRecoveryFlow, withQuery } from '../hooks';
import { useOryTexts } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { RouteLink } from './route-link';
import { useUrlFlowOptions } from './use-url-state';

export interface RecoveryFlowProps extends FlowViewFormProps, RecoveryParams {
  title?: ReactNode;
  links?: boolean;
}

/**
 * Drop-in account recovery: the email step, then the code (or "check your inbox" for links). On success Kratos
 * hands over a settings flow (`continue_with: show_settings_ui`) and the user is sent there to set a new password.
 */
export function RecoveryFlow({ title, links = true, skipSettings, ...props }: RecoveryFlowProps) {
  const { routes } = useOry();
  const texts = useOryTexts();
  // skipSettings is the app's choice, never the URL's.
  const [options, formProps, startOver] = useUrlFlowOptions('recovery', props);
  const result = useRecoveryFlow({ ...options, skipSettings });
  return (
    <FlowView
      flowType="recovery"
      result={result}
      startOver={startOver}
      title={<h2 data-ory-part="title">{title ?? texts.recoveryTitle}</h2>}
      footer={
        links ? (
          <nav data-ory-part="links" aria-label={texts.linksLabel}>
            <RouteLink href={withQuery(routes.login, { return_to: options.returnTo })}>
              {texts.recoveryLoginLink}
            </RouteLink>
          </nav>
        ) : null
      }
      {...formProps}
    />
  );
}
