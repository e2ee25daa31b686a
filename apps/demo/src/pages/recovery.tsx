import { RecoveryFlow } from '@headless-ory/core';

// Email → code from the inbox (the mock's outbox in development) → settings, to set a new password.
export function RecoveryPage() {
  return (
    <>
      <h1>Recovery</h1>
      <RecoveryFlow />
    </>
  );
}
