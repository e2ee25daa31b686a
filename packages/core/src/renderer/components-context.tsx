import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { defaultTexts, type OryTexts } from '../i18n/texts';
import type { Translations } from '../i18n/types';
import { defaultComponents } from './default-components';
import type { OryClassNames, OryComponents } from './types';

export interface OryComponentsContextValue {
  components: OryComponents;
  classNames: OryClassNames;
  translations?: Translations | undefined;
  /** The library's own words, every one set (English defaults under the providers' `texts`). */
  texts: OryTexts;
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
  /** The library's own words (a locale module's `texts`, or single ones); merged over the parent provider's. */
  texts?: Partial<OryTexts> | undefined;
  locale?: string | undefined;
  oryBaseUrl?: string | undefined;
  nonce?: string | undefined;
  children?: ReactNode;
}

const rootValue: OryComponentsContextValue = {
  components: defaultComponents,
  classNames: {},
  texts: defaultTexts,
};

export const OryComponentsContext = createContext<OryComponentsContextValue>(rootValue);

/** The nearest provider's value with `props` merged over it (FlowForm merges its own parts this way too). */
export function useMergedComponents({
  components,
  classNames,
  translations,
  texts,
  locale,
  oryBaseUrl,
  nonce,
}: Omit<OryComponentsProviderProps, 'children'>): OryComponentsContextValue {
  const parent = useContext(OryComponentsContext);
  return useMemo(
    () => ({
      components: { ...parent.components, ...withoutUndefined(components) },
      texts: { ...parent.texts, ...withoutUndefined(texts) },
      classNames: { ...parent.classNames, ...classNames },
      translations: { ...parent.translations, ...translations },
      locale: locale ?? parent.locale,
      oryBaseUrl: oryBaseUrl ?? parent.oryBaseUrl,
      nonce: nonce ?? parent.nonce,
    }),
    [parent, components, classNames, translations, texts, locale, oryBaseUrl, nonce],
  );
}

/** Parts, classes, translations, texts and script settings for every FlowForm and prop hook below it. */
export function OryComponentsProvider({ children, ...props }: OryComponentsProviderProps) {
  return (
    <OryComponentsContext.Provider value={useMergedComponents(props)}>
      {children}
    </OryComponentsContext.Provider>
  );
}

/** The nearest parts and settings; the defaults when there is no provider. */
export function useOryComponents(): OryComponentsContextValue {
  return useContext(OryComponentsContext);
}

/** The library's own words for drop-ins and custom UIs: the nearest providers' `texts` over the English defaults. */
export function useOryTexts(): OryTexts {
  return useContext(OryComponentsContext).texts;
}

/** An explicit `undefined` (a part, a text) means "not given", so it does not hide the parent's. */
function withoutUndefined<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(values ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
