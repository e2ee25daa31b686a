// Placeholder: the lead replaces the body with <LoginFlow />.
export function LoginPage() {
  return <h1>Sign in</h1>;
}
