import { VerificationFlow } from '@headless-ory/core';

// Registration lands here with ?flow= (Kratos' show_verification_ui); the code comes by email.
export function VerificationPage() {
  return (
    <>
      <h1>Verification</h1>
      <VerificationFlow />
    </>
  );
}
