import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Translations } from '../i18n/types';
import { defaultComponents } from './default-components';
import type { OryClassNames, OryComponents } from './types';

export interface OryComponentsContextValue {
  components: OryComponents;
  classNames: OryClassNames;
  translations?: Translations | undefined;
  /** Locale for numbers in translated messages. */
  locale?: string | undefined;
  /** Kratos' public URL: the WebAuthn script is loaded only from this origin. */
  oryBaseUrl?: string | undefined;
  /** CSP nonce given to the scripts the renderer injects (else the node's own nonce). */
  nonce?: string | undefined;
}

export interface OryComponentsProviderProps {
  /** Parts to replace; merged over the parent provider's (and the defaults). */
  components?: Partial<OryComponents> | undefined;
  /** Classes per part; merged over the parent provider's. */
  classNames?: OryClassNames | undefined;
  /** Texts by message id; merged over the parent provider's. */
  translations?: Translations | undefined;
  locale?: string | undefined;
  oryBaseUrl?: string | undefined;
  nonce?: string | undefined;
  children?: ReactNode;
}

const rootValue: OryComponentsContextValue = { components: defaultComponents, classNames: {} };

const OryComponentsContext = createContext<OryComponentsContextValue>(rootValue);

/** Parts, classes, translations and script settings for every FlowForm and prop hook below it. */
export function OryComponentsProvider({
  components,
  classNames,
  translations,
  locale,
  oryBaseUrl,
  nonce,
  children,
}: OryComponentsProviderProps) {
  const parent = useContext(OryComponentsContext);
  const value = useMemo<OryComponentsContextValue>(
    () => ({
      components: components ? { ...parent.components, ...withoutUndefined(components) } : parent.components,
      classNames: classNames ? { ...parent.classNames, ...classNames } : parent.classNames,
      translations: translations ? { ...parent.translations, ...translations } : parent.translations,
      locale: locale ?? parent.locale,
      oryBaseUrl: oryBaseUrl ?? parent.oryBaseUrl,
      nonce: nonce ?? parent.nonce,
    }),
    [parent, components, classNames, translations, locale, oryBaseUrl, nonce],
  );
  return <OryComponentsContext.Provider value={value}>{children}</OryComponentsContext.Provider>;
}

/** The nearest parts and settings; the defaults when there is no provider. */
export function useOryComponents(): OryComponentsContextValue {
  return useContext(OryComponentsContext);
}

function withoutUndefined(components: Partial<OryComponents>): Partial<OryComponents> {
  return Object.fromEntries(Object.entries(components).filter(([, part]) => part !== undefined));
}
