import { describe } from 'vitest';
import type { StartHarness } from './harness';
import { accountJourneys } from './journey-accounts';
import { journeyContext } from './journey-context';
import { protocolJourneys } from './journey-protocol';
import { recoveryJourneys } from './journey-recovery';
import { settingsJourneys } from './journey-settings';
import { verificationJourneys } from './journey-verification';

export { csrfOf, messageIds, nodeOf } from './journey-context';

/** The Kratos journey, written once and run against every way of reaching the mock. */
export function journeySuite(label: string, start: StartHarness): void {
  describe(`mock journey through ${label}`, () => {
    const context = journeyContext(start);
    accountJourneys(context);
    protocolJourneys(context);
    settingsJourneys(context);
    recoveryJourneys(context);
    verificationJourneys(context);
  });
}
