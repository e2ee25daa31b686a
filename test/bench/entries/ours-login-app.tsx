// (a) The smallest real app: the drop-in login page. react + react-dom are the app's; react-query is bundled.
import { LoginFlow, OryProvider } from '@headless-ory/core';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <OryProvider config={{ baseUrl: 'https://auth.example.com' }}>
    <LoginFlow />
  </OryProvider>,
);
