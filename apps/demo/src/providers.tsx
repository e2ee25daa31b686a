import { type OryConfig, OryProvider } from '@headless-ory/core';
import type { ReactNode } from 'react';
import { oryUrl } from './config';
import { LanguageProvider, useLanguage } from './language';
import { navigate } from './router';
import { oryRoutes } from './routes';

// Module-level and therefore stable: a new config object per render would rebuild the Ory client.
const config: OryConfig = { baseUrl: oryUrl, routes: oryRoutes };

/** App-wide providers: the chosen language, the Ory client, the demo's routes and its router's navigate. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <LanguageProvider>
      <OryWithLanguage>{children}</OryWithLanguage>
    </LanguageProvider>
  );
}

function OryWithLanguage({ children }: { children: ReactNode }) {
  const { locale } = useLanguage();
  return (
    <OryProvider
      config={config}
      navigate={navigate}
      translations={locale?.translations}
      texts={locale?.texts}
      locale={locale?.locale}
    >
      {children}
    </OryProvider>
  );
}
