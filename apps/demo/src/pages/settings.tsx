import { SettingsFlow } from '@headless-ory/core';

// One form per method section (profile, password, and the 2FA / passkey / social sections the project enables).
// Without a session the drop-in sends the user to /login and back here afterwards.
export function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <SettingsFlow />
    </>
  );
}
