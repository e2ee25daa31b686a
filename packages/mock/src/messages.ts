import type { UiText } from './types';

// Ids and English texts from Kratos' text/ package (../kratos/messages.tsv). Only the ones the mock sends.

function info(id: number, text: string, context?: Record<string, unknown>): UiText {
  return context ? { id, text, type: 'info', context } : { id, text, type: 'info' };
}

function error(id: number, text: string, context?: Record<string, unknown>): UiText {
  return context ? { id, text, type: 'error', context } : { id, text, type: 'error' };
}

function success(id: number, text: string, context?: Record<string, unknown>): UiText {
  return context ? { id, text, type: 'success', context } : { id, text, type: 'success' };
}

const CHECK_ADDRESS =
  'If you have not received an email, check the spelling of the address and make sure to use the address you registered with.';

/** Kratos formats "x minutes ago" with Go's %.2f. */
function minutesSince(expiredAtMs: number, nowMs: number): string {
  return (Math.max(0, nowMs - expiredAtMs) / 60_000).toFixed(2);
}

/** A time.Time as Go's JSON writes it (RFC 3339, fractional seconds without trailing zeros). */
function goTime(ms: number): string {
  const [seconds, fraction = ''] = new Date(ms).toISOString().slice(0, -1).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return `${seconds}${trimmed ? `.${trimmed}` : ''}Z`;
}

/** The context of "Remove security key / passkey %s" (text.NewInfoSelfServiceRemoveWebAuthn). */
function removeKeyContext(displayName: string, addedAtMs: number) {
  return {
    display_name: displayName,
    added_at: goTime(addedAtMs),
    added_at_unix: Math.floor(addedAtMs / 1000),
  };
}

function expiredContext(expiredAtMs: number) {
  return { expired_at: new Date(expiredAtMs).toISOString(), expired_at_unix: Math.floor(expiredAtMs / 1000) };
}

export const messages = {
  // 1010xxx login
  login: () => info(1010001, 'Sign in'),
  loginReAuth: () => info(1010003, 'Please confirm this action by verifying that it is you.'),
  loginMfa: () => info(1010004, 'Please complete the second authentication challenge.'),
  loginPassword: () => info(1010022, 'Sign in with password'),
  loginWith: (provider: string, providerId: string) =>
    info(1010002, `Sign in with ${provider}`, { provider, provider_id: providerId }),
  loginCodeSent: () =>
    info(
      1010014,
      "A code was sent to the address you provided. If you didn't receive it, please check the spelling of the address and try again.",
    ),
  loginCode: () => info(1010015, 'Send sign in code'),
  /** Go's %q quoting, as in Kratos' account-linking message. */
  loginLink: (duplicateIdentifier: string, provider: string, newLoginUrl: string) =>
    info(
      1010016,
      `You tried to sign in with ${JSON.stringify(duplicateIdentifier)}, but that email is already used by another account. Sign in to your account with one of the options below to add your account ${JSON.stringify(duplicateIdentifier)} at ${JSON.stringify(provider)} as another way to sign in.`,
      {
        duplicateIdentifier,
        provider,
        newLoginUrl,
        duplicate_identifier: duplicateIdentifier,
        new_login_url: newLoginUrl,
        available_credential_types: [],
        available_providers: [],
      },
    ),
  loginWithAndLink: (provider: string) => info(1010018, `Confirm with ${provider}`, { provider }),
  loginPasskey: () => info(1010021, 'Sign in with passkey'),
  loginCodeTo: (address: string, channel: string) =>
    info(1010023, `Send code to ${address}`, { address, channel }),
  loginTotpLabel: () => info(1010006, 'Authentication code'),
  loginLookupLabel: () => info(1010007, 'Backup recovery code'),
  loginWebAuthn: () => info(1010008, 'Sign in with a hardware key'),
  loginTotp: () => info(1010009, 'Use Authenticator'),
  loginLookup: () => info(1010010, 'Use backup recovery code'),
  // 1040xxx registration
  registration: () => info(1040001, 'Sign up'),
  registrationWith: (provider: string, providerId: string) =>
    info(1040002, `Sign up with ${provider}`, { provider, provider_id: providerId }),
  registrationContinue: () => info(1040003, 'Continue'),
  registrationCodeSent: () =>
    info(
      1040005,
      'A code has been sent to the address(es) you provided. If you have not received a message, check the spelling of the address and retry the registration.',
    ),
  registrationCode: () => info(1040006, 'Send sign up code'),
  registrationPasskey: () => info(1040007, 'Sign up with passkey'),
  registrationBack: () => info(1040008, 'Back'),
  registrationChooseCredentials: () =>
    info(1040009, 'Please choose a credential to authenticate yourself with.'),
  // 1050xxx settings
  settingsSuccess: () => success(1050001, 'Your changes have been saved!'),
  settingsLinkOidc: (provider: string) => info(1050002, `Link ${provider}`, { provider }),
  settingsUnlinkOidc: (provider: string) => info(1050003, `Unlink ${provider}`, { provider }),
  settingsTotpUnlink: () => info(1050004, 'Unlink TOTP Authenticator App'),
  settingsTotpQr: () => info(1050005, 'Authenticator app QR code'),
  settingsTotpSecret: (secret: string) => info(1050006, secret, { secret }),
  settingsLookupReveal: () => info(1050007, 'Reveal backup recovery codes'),
  settingsLookupRegenerate: () => info(1050008, 'Generate new backup recovery codes'),
  settingsLookupSecret: (secret: string) => info(1050009, secret, { secret }),
  settingsLookupSecretsLabel: () =>
    info(1050010, 'These are your back up recovery codes. Please keep them in a safe place!'),
  settingsLookupConfirm: () => info(1050011, 'Confirm backup recovery codes'),
  settingsWebAuthnRegister: () => info(1050012, 'Add security key'),
  settingsWebAuthnDisplayName: () => info(1050013, 'Name of the security key'),
  /** Go prints the time as `2006-01-02 15:04:05 +0000 UTC`; the context has RFC 3339 and Unix seconds. */
  settingsLookupSecretUsed: (usedAtMs: number) => {
    const at = new Date(Math.round(usedAtMs / 1000) * 1000);
    const rfc3339 = at.toISOString().replace('.000Z', 'Z');
    const go = `${rfc3339.slice(0, 10)} ${rfc3339.slice(11, 19)} +0000 UTC`;
    return info(1050014, `Secret was used at ${go}`, {
      used_at: rfc3339,
      used_at_unix: Math.floor(at.getTime() / 1000),
    });
  },
  settingsLookupSecretList: (formatted: string[], secrets: UiText[]) =>
    info(1050015, formatted.join(', '), { secrets }),
  settingsLookupDisable: () => info(1050016, 'Disable this method'),
  settingsTotpSecretLabel: () =>
    info(1050017, 'This is your authenticator app secret. Use it if you can not scan the QR code.'),
  settingsWebAuthnRemove: (displayName: string, addedAtMs: number) =>
    info(1050018, `Remove security key "${displayName}"`, removeKeyContext(displayName, addedAtMs)),
  settingsPasskeyRegister: () => info(1050019, 'Add passkey'),
  settingsPasskeyRemove: (displayName: string, addedAtMs: number) =>
    info(1050020, `Remove passkey "${displayName}"`, removeKeyContext(displayName, addedAtMs)),
  // 1060xxx recovery
  recoverySuccess: (privilegedUntilMs: number, nowMs: number) => {
    const at = new Date(privilegedUntilMs).toISOString();
    return success(
      1060001,
      `You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next ${(Math.max(0, privilegedUntilMs - nowMs) / 60_000).toFixed(2)} minutes.`,
      {
        privilegedSessionExpiresAt: at,
        privileged_session_expires_at: at,
        privileged_session_expires_at_unix: Math.floor(privilegedUntilMs / 1000),
      },
    );
  },
  recoveryLinkSent: () =>
    info(
      1060002,
      `An email containing a recovery link has been sent to the email address you provided. ${CHECK_ADDRESS}`,
    ),
  recoveryCodeSent: () =>
    info(
      1060003,
      `An email containing a recovery code has been sent to the email address you provided. ${CHECK_ADDRESS}`,
    ),
  // 1070xxx node labels
  labelPassword: () => info(1070001, 'Password'),
  labelGenerated: (title: string, name: string) => info(1070002, title, { title, name }),
  labelSave: () => info(1070003, 'Save'),
  labelId: () => info(1070004, 'ID'),
  labelEmail: () => info(1070007, 'Email'),
  labelResendCode: () => info(1070008, 'Resend code'),
  labelContinue: () => info(1070009, 'Continue'),
  labelRecoveryCode: () => info(1070010, 'Recovery code'),
  labelVerificationCode: () => info(1070011, 'Verification code'),
  labelRegistrationCode: () => info(1070012, 'Registration code'),
  labelLoginCode: () => info(1070013, 'Login code'),
  labelVerifyOtp: () => info(1070006, 'Verify code'),
  // 1080xxx verification
  verificationLinkSent: () =>
    info(
      1080001,
      `An email containing a verification link has been sent to the email address you provided. ${CHECK_ADDRESS}`,
    ),
  verificationSuccess: () => success(1080002, 'You successfully verified your email address.'),
  verificationCodeSent: () =>
    info(
      1080003,
      `An email containing a verification code has been sent to the email address you provided. ${CHECK_ADDRESS}`,
    ),
  // 4000xxx validation
  validationGeneric: (reason: string) => error(4000001, reason, { reason }),
  required: (property: string) => error(4000002, `Property ${property} is missing.`, { property }),
  minLength: (min: number, actual: number) =>
    error(4000003, `length must be >= ${min}, but got ${actual}`, { min_length: min, actual_length: actual }),
  pattern: (pattern: string) =>
    error(4000004, `does not match pattern ${JSON.stringify(pattern)}`, { pattern }),
  invalidCredentials: () =>
    error(
      4000006,
      'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.',
    ),
  duplicateCredentials: () =>
    error(4000007, 'An account with the same identifier (email, phone, username, ...) exists already.'),
  totpVerifierWrong: () => error(4000008, 'The provided authentication code is invalid, please try again.'),
  noTotpDevice: () => error(4000011, 'You have no TOTP device set up.'),
  noWebAuthnDevice: () => error(4000013, 'You have no WebAuthn device set up.'),
  noWebAuthnUser: () => error(4000015, 'This account does not exist or has no security key set up.'),
  lookupAlreadyUsed: () => error(4000012, 'This backup recovery code has already been used.'),
  noLookup: () => error(4000014, 'You have no backup recovery codes set up.'),
  lookupInvalid: () => error(4000016, 'The backup recovery code is not valid.'),
  identifierMissing: () =>
    error(
      4000009,
      'Could not find any login identifiers. Did you forget to set them? This could also be caused by a server misconfiguration.',
    ),
  maxLength: (max: number, actual: number) =>
    error(4000017, `length must be <= ${max}, but got ${actual}`, { max_length: max, actual_length: actual }),
  minimum: (minimum: number, actual: number) =>
    error(4000018, `must be >= ${minimum} but found ${actual}`, { minimum, actual }),
  maximum: (maximum: number, actual: number) =>
    error(4000020, `must be <= ${maximum} but found ${actual}`, { maximum, actual }),
  wrongType: (allowed: string[], actual: string) =>
    error(4000026, `expected ${allowed.join(' or ')}, but got ${actual}`, {
      allowed_types: allowed,
      actual_type: actual,
    }),
  passwordTooSimilar: () =>
    error(4000031, 'The password can not be used because it is too similar to the identifier.'),
  passwordMinLength: (min: number, actual: number) =>
    error(4000032, `The password must be at least ${min} characters long, but got ${actual}.`, {
      min_length: min,
      actual_length: actual,
    }),
  passwordBreached: (breaches: number) =>
    error(4000034, 'The password has been found in data breaches and must no longer be used.', { breaches }),
  noCodeUser: () => error(4000035, 'This account does not exist or has not setup sign in with code.'),
  traitsMismatch: () =>
    error(4000036, 'The provided traits do not match the traits previously associated with this flow.'),
  webauthnVerifierWrong: () => error(4000043, 'The provided web authn login is invalid, please try again.'),
  // 4010xxx login errors (4010003 is the registration "no strategy")
  loginFlowExpired: (expiredAtMs: number, nowMs: number) =>
    error(
      4010001,
      `The login flow expired ${minutesSince(expiredAtMs, nowMs)} minutes ago, please try again.`,
      expiredContext(expiredAtMs),
    ),
  loginNoStrategy: () =>
    error(4010002, 'Could not find a strategy to log you in with. Did you fill out the form correctly?'),
  registrationNoStrategy: () =>
    error(4010003, 'Could not find a strategy to sign you up with. Did you fill out the form correctly?'),
  settingsNoStrategy: () =>
    error(4010004, 'Could not find a strategy to update your settings. Did you fill out the form correctly?'),
  recoveryNoStrategy: () =>
    error(
      4010005,
      'Could not find a strategy to recover your account with. Did you fill out the form correctly?',
    ),
  verificationNoStrategy: () =>
    error(
      4010006,
      'Could not find a strategy to verify your account with. Did you fill out the form correctly?',
    ),
  loginRetrySuccess: () =>
    error(4010007, 'The request was already completed successfully and can not be retried.'),
  loginCodeInvalid: () =>
    error(4010008, 'The login code is invalid or has already been used. Please try again.'),
  // 4040xxx registration errors
  registrationFlowExpired: (expiredAtMs: number, nowMs: number) =>
    error(
      4040001,
      `The registration flow expired ${minutesSince(expiredAtMs, nowMs)} minutes ago, please try again.`,
      expiredContext(expiredAtMs),
    ),
  registrationRetrySuccess: () =>
    error(4040002, 'The request was already completed successfully and can not be retried.'),
  registrationCodeInvalid: () =>
    error(4040003, 'The registration code is invalid or has already been used. Please try again.'),
  // 4050xxx settings errors
  settingsFlowExpired: (expiredAtMs: number, nowMs: number) =>
    error(
      4050001,
      `The settings flow expired ${minutesSince(expiredAtMs, nowMs)} minutes ago, please try again.`,
      expiredContext(expiredAtMs),
    ),
  // 4060xxx recovery errors
  recoveryRetrySuccess: () =>
    error(4060001, 'The request was already completed successfully and can not be retried.'),
  recoveryStateFailure: () =>
    error(4060002, 'The recovery flow reached a failure state and must be retried.'),
  recoveryTokenInvalid: () =>
    error(4060004, 'The recovery token is invalid or has already been used. Please retry the flow.'),
  recoveryFlowExpired: (expiredAtMs: number, nowMs: number) =>
    error(
      4060005,
      `The recovery flow expired ${minutesSince(expiredAtMs, nowMs)} minutes ago, please try again.`,
      expiredContext(expiredAtMs),
    ),
  recoveryCodeInvalid: () =>
    error(4060006, 'The recovery code is invalid or has already been used. Please try again.'),
  // 4070xxx verification errors
  verificationTokenInvalid: () =>
    error(4070001, 'The verification token is invalid or has already been used. Please retry the flow.'),
  verificationRetrySuccess: () =>
    error(4070002, 'The request was already completed successfully and can not be retried.'),
  verificationStateFailure: () =>
    error(4070003, 'The verification flow reached a failure state and must be retried.'),
  verificationFlowExpired: (expiredAtMs: number, nowMs: number) =>
    error(
      4070005,
      `The verification flow expired ${minutesSince(expiredAtMs, nowMs)} minutes ago, please try again.`,
      expiredContext(expiredAtMs),
    ),
  verificationCodeInvalid: () =>
    error(4070006, 'The verification code is invalid or has already been used. Please try again.'),
} as const;

export type MessageFactory = keyof typeof messages;
