import type { ReactNode } from 'react';
import type { SettingsParams, UiNodeGroup } from '../client';
import { hasOwn } from '../client/guards';
import { useSettingsFlow } from '../hooks';
import { defaultTexts, type OryTexts } from '../i18n/texts';
import { getFormMethods } from '../nodes';
import { FlowForm, FlowMessages, useOryTexts } from '../renderer';
import { FlowView, type FlowViewFormProps } from './flow-view';
import { useUrlFlowOptions } from './use-url-state';

export interface SettingsFlowProps extends Omit<FlowViewFormProps, 'groups'>, SettingsParams {
  title?: ReactNode;
  /** Headings of the sections by method group; missing ones come from the texts (`settingsProfile`, …). */
  sectionTitles?: Partial<Record<UiNodeGroup, ReactNode>>;
}

/** The text of each section's heading by method group; a group not listed is headed by its own name. */
const sectionTextKeys: Record<string, Extract<keyof OryTexts, `settings${string}`>> = {
  profile: 'settingsProfile',
  password: 'settingsPassword',
  totp: 'settingsTotp',
  lookup_secret: 'settingsLookupSecret',
  webauthn: 'settingsWebauthn',
  passkey: 'settingsPasskey',
  oidc: 'settingsOidc',
  saml: 'settingsSaml',
};

function sectionTitle(group: string, texts: OryTexts): string {
  const key = hasOwn(sectionTextKeys, group) ? sectionTextKeys[group] : undefined;
  return key ? texts[key] : group;
}

/** The English section headings by method group (the texts' `settings…` defaults). */
export const defaultSettingsSectionTitles: Record<string, string> = /* @__PURE__ */ Object.fromEntries(
  Object.keys(sectionTextKeys).map((group) => [group, sectionTitle(group, defaultTexts)]),
);

/**
 * Drop-in settings: one form per method the flow offers (profile, password, 2FA, passkeys, social links), so each
 * submits only its own fields. Without a session the user is sent to login and comes back here; a sensitive change
 * outside the privileged window goes through login with refresh=true and back.
 */
export function SettingsFlow({ title, sectionTitles, ...props }: SettingsFlowProps) {
  const texts = useOryTexts();
  const [options, formProps, startOver] = useUrlFlowOptions('settings', props);
  const result = useSettingsFlow(options);
  const { flow } = result;
  return (
    <FlowView
      flowType="settings"
      result={result}
      startOver={startOver}
      title={<h2 data-ory-part="title">{title ?? texts.settingsTitle}</h2>}
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
                  {sectionTitles?.[group] ?? sectionTitle(group, texts)}
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
