// The peer: Ory's own <Login> from @ory/elements-react 1.2.1, fed a flow (react + react-dom external).
import { Login } from '@ory/elements-react/theme';
import { createRoot } from 'react-dom/client';

declare const flow: Parameters<typeof Login>[0]['flow'];

createRoot(document.getElementById('root') as HTMLElement).render(
  <Login flow={flow} config={{ sdk: { url: 'https://auth.example.com' }, project: {} as never }} />,
);
