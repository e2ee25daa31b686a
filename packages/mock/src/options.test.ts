import { describe, expect, it } from 'vitest';
import { parseDuration, resolveOptions } from './options';

describe('resolveOptions', () => {
  it('should default like a local Kratos next to a Vite app', () => {
    const options = resolveOptions();
    expect(options).toMatchObject({
      publicUrl: 'http://localhost:4433',
      uiUrl: 'http://localhost:5173',
      allowedOrigins: ['http://localhost:5173'],
      returnToAllowlist: ['http://localhost:5173', 'http://localhost:4433'],
      flowLifespanMs: 3_600_000,
      sessionLifespanMs: 86_400_000,
      loginStyle: 'unified',
      registrationStyle: 'unified',
      passwordMinLength: 8,
      recoveryStrategy: 'code',
      verificationStrategy: 'code',
      privilegedSessionMaxAgeMs: 900_000,
    });
    expect(options.ui.login).toBe('http://localhost:5173/login');
  });

  it('should join custom UI routes to the UI URL', () => {
    const options = resolveOptions({ uiUrl: 'https://app.example/', uiRoutes: { login: '/auth/sign-in' } });
    expect(options.ui.login).toBe('https://app.example/auth/sign-in');
    expect(options.ui.error).toBe('https://app.example/error');
  });

  it('should refuse unknown styles', () => {
    expect(() => resolveOptions({ loginStyle: 'magic' as never })).toThrow(/loginStyle/);
  });

  it('should take link strategies and a privileged window as a duration', () => {
    const options = resolveOptions({
      recoveryStrategy: 'link',
      verificationStrategy: 'link',
      privilegedSessionMaxAge: '5m',
    });
    expect(options).toMatchObject({
      recoveryStrategy: 'link',
      verificationStrategy: 'link',
      privilegedSessionMaxAgeMs: 300_000,
    });
    expect(() => resolveOptions({ recoveryStrategy: 'sms' as never })).toThrow(/recoveryStrategy/);
  });
});

describe('parseDuration', () => {
  it('should read Go-style durations and plain milliseconds', () => {
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1500')).toBe(1500);
    expect(parseDuration(42)).toBe(42);
  });

  it('should refuse what is not a duration', () => {
    expect(() => parseDuration('ten minutes')).toThrow(TypeError);
    expect(() => parseDuration(0)).toThrow(TypeError);
  });
});
