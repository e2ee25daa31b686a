import { describe, expect, it } from 'vitest';
import { aal2LoginUrl, assuranceLevel, availableAal, sessionSatisfies } from './aal';
import { resolveOptions } from './options';
import type { IdentityRecord, SessionRecord } from './store';

const identity = (extra: Partial<IdentityRecord> = {}): IdentityRecord => ({
  id: 'i',
  schemaId: 'default',
  traits: {},
  createdAt: 0,
  updatedAt: 0,
  passwordIdentifiers: ['ada@example.com'],
  verifiableAddresses: [],
  recoveryAddresses: [],
  ...extra,
});

const session = (aal: 'aal1' | 'aal2'): SessionRecord =>
  ({ aal, methods: [{ method: 'password', aal: 'aal1', completedAt: 0 }] }) as unknown as SessionRecord;

describe('resolveOptions (methods and AAL)', () => {
  it('should turn on only password unless methods say otherwise, like a fresh Kratos config', () => {
    const { methods, requiredAal, settingsRequiredAal, totpIssuer } = resolveOptions({
      publicUrl: 'http://auth.localhost:4433',
    });
    expect(Object.entries(methods).filter(([, on]) => on)).toEqual([['password', true]]);
    expect([requiredAal, settingsRequiredAal]).toEqual(['highest_available', 'highest_available']);
    expect(totpIssuer).toBe('auth.localhost');
    expect(resolveOptions({ methods: { totp: true } }).methods).toMatchObject({ password: true, totp: true });
  });

  it('should reject unknown methods and AAL values', () => {
    expect(() => resolveOptions({ methods: { sms: true } as never })).toThrow(/methods\.sms is not a method/);
    expect(() => resolveOptions({ requiredAal: 'aal2' as never })).toThrow(/requiredAal must be/);
  });
});

describe('aal', () => {
  const options = resolveOptions({ methods: { totp: true, lookup_secret: true } });

  it('should reach aal2 only with a first and a second factor in the same session', () => {
    expect(assuranceLevel([{ method: 'password', aal: 'aal1', completedAt: 0 }])).toBe('aal1');
    expect(assuranceLevel([{ method: 'totp', aal: 'aal2', completedAt: 0 }])).toBe('aal1');
    expect(
      assuranceLevel([
        { method: 'password', aal: 'aal1', completedAt: 0 },
        { method: 'totp', aal: 'aal2', completedAt: 1 },
      ]),
    ).toBe('aal2');
  });

  it('should count a second factor only while its method is on', () => {
    const paired = identity({ totpUrl: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP' });
    expect(availableAal(options, paired)).toBe('aal2');
    expect(availableAal(resolveOptions(), paired)).toBe('aal1');
    expect(availableAal(options, identity({ lookupSecrets: [{ code: 'abc', usedAt: 1 }] }))).toBe('aal2');
    expect(sessionSatisfies(options, session('aal1'), paired, 'highest_available')).toBe(false);
    expect(sessionSatisfies(options, session('aal1'), paired, 'aal1')).toBe(true);
    expect(sessionSatisfies(options, session('aal2'), paired, 'highest_available')).toBe(true);
  });

  it('should build the aal2 login URL with sorted, encoded parameters', () => {
    expect(aal2LoginUrl(options, { returnTo: 'http://localhost:5173/a?b=c', loginChallenge: 'ch' })).toBe(
      'http://localhost:4433/self-service/login/browser?aal=aal2&login_challenge=ch&return_to=http%3A%2F%2Flocalhost%3A5173%2Fa%3Fb%3Dc',
    );
  });
});
