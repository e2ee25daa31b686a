import type { ReactNode } from 'react';
import { OryHooksProvider, type OryHooksProviderProps } from '../hooks';
import type { OryTexts, Translations } from '../i18n';
import { type OryComponents, OryComponentsProvider } from '../renderer';

export interface OryProviderProps extends OryHooksProviderProps {
  /** Replace any of the unstyled parts (Input, Button, …) everywhere below. */
  components?: Partial<OryComponents>;
  /** Message texts by Kratos message id; `{key}` interpolates the message's context. */
  translations?: Translations;
  /**
   * The library's own words (headings, "Loading…", "Try again", links): a locale module's `texts`, or single ones
   * over the English defaults. Read them in your own UI with `useOryTexts()`.
   */
  texts?: Partial<OryTexts>;
  /** BCP 47 locale for numbers in translated messages (a locale module's `locale`); default: the runtime's. */
  locale?: string;
  /** CSP nonce for the WebAuthn script Kratos asks for. */
  nonce?: string;
  children?: ReactNode;
}

/** Everything the hooks, the renderer and the drop-in flows need, in one provider. */
export function OryProvider(props: OryProviderProps) {
  // Each provider picks its own props out of the one set.
  return (
    <OryHooksProvider {...props}>
      <OryComponentsProvider {...props} oryBaseUrl={props.config.baseUrl} />
    </OryHooksProvider>
  );
}
