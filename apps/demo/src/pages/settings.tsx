// Placeholder: the lead replaces the body with <SettingsFlow />.
export function SettingsPage() {
  return <h1>Account settings</h1>;
}
