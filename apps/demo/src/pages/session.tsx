// Placeholder: the lead replaces the body with the session (who am I + logout).
export function SessionPage() {
  return <h1>Your session</h1>;
}
