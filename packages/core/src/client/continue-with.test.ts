import { describe, expect, it } from 'vitest';
import { APP, continueWith, NEW_FLOW_ID, TOKEN } from './__fixtures__/kratos-responses';
import { nextStepFromContinueWith } from './index';
import type { ContinueWith } from './types';

describe('nextStepFromContinueWith', () => {
  it('should map show_verification_ui to the verification flow UI', () => {
    expect(nextStepFromContinueWith([continueWith.verification])).toEqual({
      kind: 'flow-ui',
      flowType: 'verification',
      flowId: NEW_FLOW_ID,
      url: `${APP}/verification?flow=${NEW_FLOW_ID}`,
      verifiableAddress: 'ada@example.com',
    });
  });

  it('should map show_settings_ui and show_recovery_ui', () => {
    expect(nextStepFromContinueWith([continueWith.settings])).toMatchObject({
      kind: 'flow-ui',
      flowType: 'settings',
    });
    expect(nextStepFromContinueWith([continueWith.recovery])).toEqual({
      kind: 'flow-ui',
      flowType: 'recovery',
      flowId: NEW_FLOW_ID,
    });
  });

  it('should map redirect_browser_to and set_ory_session_token', () => {
    expect(nextStepFromContinueWith([continueWith.redirect])).toEqual({
      kind: 'redirect',
      to: `${APP}/dashboard`,
    });
    expect(nextStepFromContinueWith([continueWith.token])).toEqual({ kind: 'token', sessionToken: TOKEN });
  });

  it('should take the first actionable item in Kratos order, skipping unknown actions', () => {
    expect(
      nextStepFromContinueWith([continueWith.pin, continueWith.verification, continueWith.redirect]),
    ).toMatchObject({
      kind: 'flow-ui',
      flowType: 'verification',
    });
    expect(nextStepFromContinueWith([continueWith.pin, continueWith.token, continueWith.redirect])).toEqual({
      kind: 'token',
      sessionToken: TOKEN,
    });
  });

  it('should prefer a flow UI to the redirect Kratos lists before it (browser registration + verification)', () => {
    expect(nextStepFromContinueWith([continueWith.redirect, continueWith.verification])).toMatchObject({
      kind: 'flow-ui',
      flowType: 'verification',
    });
  });

  it('should skip the kinds the caller ignores', () => {
    expect(
      nextStepFromContinueWith([continueWith.token, continueWith.verification], { ignore: ['token'] }),
    ).toMatchObject({ kind: 'flow-ui', flowType: 'verification' });
  });

  it('should skip malformed items and be undefined when nothing is actionable', () => {
    const malformed = [
      { action: 'show_settings_ui', flow: {} },
      { action: 'redirect_browser_to', redirect_browser_to: '' },
      { action: 'set_ory_session_token' },
      { action: 'toString' },
    ] as ContinueWith[];
    expect(nextStepFromContinueWith(malformed)).toBeUndefined();
    expect(nextStepFromContinueWith([])).toBeUndefined();
    expect(nextStepFromContinueWith(undefined)).toBeUndefined();
  });
});
