// Placeholder: the lead replaces the body with <VerificationFlow />.
export function VerificationPage() {
  return <h1>Verify your email</h1>;
}
