import { Placeholder } from './placeholder';

// The lead replaces the body with <RecoveryFlow />.
export function RecoveryPage() {
  return (
    <Placeholder title="Recover your account">The recovery flow is not part of the demo yet.</Placeholder>
  );
}
