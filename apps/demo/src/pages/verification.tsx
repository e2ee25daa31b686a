import { Placeholder } from './placeholder';

// The lead replaces the body with <VerificationFlow />.
export function VerificationPage() {
  return (
    <Placeholder title="Verify your email">The verification flow is not part of the demo yet.</Placeholder>
  );
}
