import type { ReactNode } from 'react';

// The place for app-wide providers. The lead wires the library here, e.g.
//   <OryProvider config={{ baseUrl: oryUrl, routes: { login: '/login', … } }} navigate={navigate}>
// with `oryUrl` from ./config and `navigate` from ./router.
export function Providers({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
