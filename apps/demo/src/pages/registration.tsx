import { RegistrationFlow } from '@headless-ory/core';

export function RegistrationPage() {
  return (
    <>
      <h1>Registration</h1>
      <RegistrationFlow />
    </>
  );
}
