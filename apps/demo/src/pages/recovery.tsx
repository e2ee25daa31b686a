// Placeholder: the lead replaces the body with <RecoveryFlow />.
export function RecoveryPage() {
  return <h1>Recover your account</h1>;
}
