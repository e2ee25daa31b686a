import type { Body, Exchange } from '../http';
import type { FlowRecord, IdentityRecord } from '../store';
import { lookupSecretLogin } from '../strategies/lookup-secret';
import type { SecondFactorStrategy } from '../strategies/second-factor';
import { NOT_RESPONSIBLE } from '../strategies/strategy';
import { totpLogin } from '../strategies/totp';
import { webauthnLogin } from '../strategies/webauthn-login';

/** The methods that solve an aal2 login, in Kratos' order (login/sort.go: … webauthn, totp, lookup_secret). */
const SECOND_FACTORS: SecondFactorStrategy[] = [webauthnLogin, totpLogin, lookupSecretLogin];

function enabled(ex: Exchange): SecondFactorStrategy[] {
  return SECOND_FACTORS.filter((strategy) => ex.options.methods[strategy.id]);
}

/** PopulateLoginMethodSecondFactor of every enabled method the identity has set up. */
export function populateSecondFactors(ex: Exchange, flow: FlowRecord, identity: IdentityRecord): void {
  for (const strategy of enabled(ex)) strategy.populateSecondFactor(ex, flow, identity);
}

/**
 * An aal2 submit: the first responsible method checks its factor for the session's identity (login.CheckAAL
 * keeps first-factor methods out). Undefined when no method answered.
 */
export async function secondFactorLogin(
  ex: Exchange,
  flow: FlowRecord,
  body: Body,
  identity: IdentityRecord,
): Promise<IdentityRecord | undefined> {
  for (const strategy of enabled(ex)) {
    const result = await strategy.login(ex, flow, body, identity);
    if (result !== NOT_RESPONSIBLE) return result;
  }
  return undefined;
}
