import { describe } from 'vitest';
import { startFetchHarness, startServerHarness } from './test-support/harness';
import { aalJourneys } from './test-support/journey-aal';
import { journeyContext } from './test-support/journey-context';
import { lookupJourneys } from './test-support/journey-lookup';
import { totpJourneys } from './test-support/journey-totp';

// TOTP, backup codes and the aal2 step-up, through both ways of reaching the mock.
for (const [label, start] of [
  ['createMockFetch', startFetchHarness],
  ['startMockServer (HTTP + cookie jar)', startServerHarness],
] as const) {
  describe(`second factors through ${label}`, () => {
    const context = journeyContext(start);
    totpJourneys(context);
    lookupJourneys(context);
    aalJourneys(context);
  });
}
