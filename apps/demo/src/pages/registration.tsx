// Placeholder: the lead replaces the body with <RegistrationFlow />.
export function RegistrationPage() {
  return <h1>Create an account</h1>;
}
