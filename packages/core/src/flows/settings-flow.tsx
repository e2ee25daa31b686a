import type { ReactNode } from 'react';
import type { SettingsParams, UiNodeGroup } from '../client';
import { useSettingsFlow } from '../hooks';
import { getFormMethods } from '../nodes';
import { FlowForm, FlowMessages } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { param, useSearchParams, useWriteFlowId } from './use-url-state';

export interface SettingsFlowProps extends Omit<FlowViewFormProps, 'groups'>, SettingsParams {
  title?: ReactNode;
  /** Headings of the sections by method group; missing ones fall back to the defaults below. */
  sectionTitles?: Partial<Record<UiNodeGroup, ReactNode>>;
}

export const defaultSettingsSectionTitles: Record<string, string> = {
  profile: 'Profile',
  password: 'Password',
  totp: 'Authenticator app',
  lookup_secret: 'Backup recovery codes',
  webauthn: 'Security keys',
  passkey: 'Passkeys',
  oidc: 'Connected accounts',
  saml: 'Single sign-on',
};

/**
 * Drop-in settings: one form per method the flow offers (profile, password, 2FA, passkeys, social links), so each
 * submits only its own fields. Without a session the user is sent to login and comes back here; a sensitive change
 * outside the privileged window goes through login with refresh=true and back.
 */
export function SettingsFlow({
  title = 'Account settings',
  sectionTitles,
  returnTo,
  organization,
  ...formProps
}: SettingsFlowProps) {
  const search = useSearchParams();
  const result = useSettingsFlow({
    flowId: param(search, 'flow'),
    returnTo: returnTo ?? param(search, 'return_to'),
    organization: organization ?? param(search, 'organization'),
    onFlowId: useWriteFlowId(),
  });
  const { flow } = result;
  return (
    <FlowView
      flowType="settings"
      result={result}
      title={<h2 data-ory-part="title">{title}</h2>}
      render={(formState) =>
        flow ? (
          <>
            <FlowMessages flow={flow} />
            {getFormMethods(flow).map((group) => (
              <section
                key={group}
                data-ory-settings-section={group}
                aria-labelledby={`ory-settings-${group}`}
              >
                <h3 id={`ory-settings-${group}`} data-ory-part="section-title">
                  {sectionTitles?.[group] ?? defaultSettingsSectionTitles[group] ?? group}
                </h3>
                <FlowForm
                  {...formProps}
                  flow={flow}
                  groups={[group]}
                  flowMessages={false}
                  onSubmit={result.submit}
                  state={formState}
                />
              </section>
            ))}
          </>
        ) : null
      }
    />
  );
}
