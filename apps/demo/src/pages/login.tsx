import { LoginFlow } from '@headless-ory/core';

// The drop-in reads ?flow=, ?return_to=, ?aal=, ?refresh= itself and titles its own section
// ("Sign in", "Second factor", …) one level below the page's heading.
export function LoginPage() {
  return (
    <>
      <h1>Login</h1>
      <LoginFlow />
    </>
  );
}
