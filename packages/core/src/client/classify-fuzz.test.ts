import { kratosErrorIds } from '@headless-ory/mock';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dangerousKeys, flowArbitrary, hostileUrls, junk, uiText } from '../test-utils/fuzz-arbitraries';
import { errors, session, successes } from './__fixtures__/kratos-responses';
import { classify, type FlowPhase } from './classify';
import { OryClientError } from './outcome';
import { sessionOutcome } from './session-api';
import type { FlowType } from './types';

/**
 * Any status with any body (a proxy's HTML, an empty 200, a JSON array, Kratos' own envelopes with their fields
 * swapped for junk) must classify to one of the known outcomes, never throw. Replay with FUZZ_SEED=<seed>.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const outcomeKinds = ['flow', 'success', 'redirect', 'restart', 'already', 'unauthorized', 'error'];

const status = fc.oneof(
  fc.constantFrom(0, 200, 201, 204, 302, 303, 400, 401, 403, 404, 410, 422, 429, 500, 502, 503),
  fc.integer({ min: -1, max: 999 }),
  fc.constantFrom(Number.NaN, 1.5),
);
const maybe = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: value, weight: 3 }, { arbitrary: junk, weight: 1 });

/** herodot's envelope with each field right or wrong, and top-level siblings Kratos adds (or junk ones). */
const envelope = fc.record(
  {
    error: maybe(
      fc.record(
        {
          id: maybe(fc.constantFrom(...kratosErrorIds)),
          code: maybe(fc.integer({ min: 100, max: 599 })),
          message: maybe(fc.string()),
          reason: maybe(fc.string()),
          details: maybe(
            fc.record({ redirect_to: maybe(fc.constantFrom(...hostileUrls)) }, { requiredKeys: [] }),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    redirect_browser_to: maybe(fc.constantFrom(...hostileUrls)),
    use_flow_id: maybe(fc.uuid()),
    expired_at: junk,
  },
  { requiredKeys: [] },
);

const successBody = fc.record(
  {
    session: maybe(fc.constant(session)),
    session_token: junk,
    identity: junk,
    continue_with: maybe(
      fc.array(
        fc.record({
          action: maybe(fc.string()),
          redirect_browser_to: junk,
          flow: junk,
          ory_session_token: junk,
        }),
        { maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  junk,
  flowArbitrary(4),
  envelope,
  successBody,
  uiText,
  fc.constantFrom(
    '<html><body>502 Bad Gateway</body></html>',
    '',
    '[]',
    'null',
    [],
    [1, 2],
    ...Object.values(errors),
    ...Object.values(successes),
    JSON.parse('{"__proto__":{"polluted":true},"error":{"__proto__":{"id":"x"}}}'),
  ),
  fc
    .constantFrom(...dangerousKeys)
    .map((key) => JSON.parse(`{"${key}":{"error":{"id":"session_inactive"}}}`)),
);

const context = fc.record({
  flowType: fc.constantFrom<FlowType>('login', 'registration', 'settings', 'recovery', 'verification'),
  phase: fc.constantFrom<FlowPhase>('create', 'get', 'submit'),
});

describe('classify (fuzz)', () => {
  it('should reduce any status and body to a known outcome, never throwing', () => {
    fc.assert(
      fc.property(status, body, context, (code, answer, where) => {
        const outcome = classify(code, answer, where);
        expect(outcomeKinds).toContain(outcome.kind);
        expect(outcome.status).toBe(code);
        if (outcome.kind === 'error') expect(outcome.error).toBeInstanceOf(OryClientError);
        if (outcome.kind === 'redirect') expect(typeof outcome.to).toBe('string');
        if (outcome.kind === 'flow') expect(Array.isArray(outcome.flow.ui.nodes)).toBe(true);
        if (outcome.kind === 'success') expect(Array.isArray(outcome.continueWith)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it('should reduce any whoami answer to a known session outcome, never throwing', () => {
    fc.assert(
      fc.property(status, body, (code, answer) => {
        const outcome = sessionOutcome(code, answer);
        expect(['session', 'unauthorized', 'redirect', 'error']).toContain(outcome.kind);
        if (outcome.kind === 'error') expect(outcome.error).toBeInstanceOf(OryClientError);
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });
});
