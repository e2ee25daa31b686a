import { describe } from 'vitest';
import { type StartHarness, startFetchHarness, startServerHarness } from './test-support/harness';
import { codeJourneys } from './test-support/journey-code';
import { journeyContext } from './test-support/journey-context';
import { oidcJourneys } from './test-support/journey-oidc';

// The code and oidc methods, through the same two ways of reaching the mock as the main journey suite.
const harnesses: [string, StartHarness][] = [
  ['createMockFetch', startFetchHarness],
  ['startMockServer (HTTP + cookie jar)', startServerHarness],
];

for (const [label, start] of harnesses) {
  describe(`mock code and oidc journeys through ${label}`, () => {
    const context = journeyContext(start);
    describe('code', () => codeJourneys(context));
    describe('oidc', () => oidcJourneys(context));
  });
}
