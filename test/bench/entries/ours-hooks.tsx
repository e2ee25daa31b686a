// (b) Hooks only: a custom form over useLoginFlow. react-query is external here (the app has it anyway).
import { OryHooksProvider, useLoginFlow } from '@headless-ory/core';
import { createRoot } from 'react-dom/client';

function Login() {
  const { flow, status } = useLoginFlow({});
  return <pre>{status + (flow?.id ?? '')}</pre>;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <OryHooksProvider config={{ baseUrl: 'https://auth.example.com' }}>
    <Login />
  </OryHooksProvider>,
);
