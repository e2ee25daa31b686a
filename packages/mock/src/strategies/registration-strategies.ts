import type { Exchange } from '../http';
import { codeRegistration } from './code-registration';
import { enabledStrategies } from './enabled-methods';
import { oidcRegistration } from './oidc-registration';
import { passkeyRegistration } from './passkey-registration';
import { passwordRegistration } from './password';
import type { RegistrationStrategy } from './strategy';

/** Registration methods in Kratos' order; a submit goes to the first one responsible for its body. */
export const REGISTRATION_STRATEGIES: RegistrationStrategy[] = [
  passwordRegistration,
  codeRegistration,
  oidcRegistration,
  passkeyRegistration,
];

/** The registration methods switched on in the options. */
export function registrationStrategies(ex: Exchange): RegistrationStrategy[] {
  return enabledStrategies(ex, REGISTRATION_STRATEGIES);
}
