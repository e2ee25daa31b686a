import { Placeholder } from './placeholder';

// The lead replaces the body with <SettingsFlow />.
export function SettingsPage() {
  return <Placeholder title="Account settings">The settings flow is not part of the demo yet.</Placeholder>;
}
