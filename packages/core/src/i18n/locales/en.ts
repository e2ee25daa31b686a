import { createLocaleFormatters } from '../locale-formatters';
import { defaultTexts } from '../texts';
import type { LocaleModule, Translations } from '../types';

// Kratos' own English texts with the values as placeholders, so a single text can be overridden:
// `{ ...en.translations, 4000006: 'Wrong email or password.' }`. Times are formatted for the reader.
const locale = 'en';
const format = createLocaleFormatters(locale);

const credentialTypes: Record<string, string> = {
  password: 'your password',
  oidc: 'social sign in',
  webauthn: 'your passkey or a security key',
  passkey: 'your passkey',
  code: 'a one-time code',
};

const CHECK_ADDRESS =
  'If you have not received an email, check the spelling of the address and make sure to use the address you registered with.';

const translations: Translations = {
  // Login
  1010001: 'Sign in',
  1010002: 'Sign in with {provider}',
  1010003: 'Please confirm this action by verifying that it is you.',
  1010004: 'Please complete the second authentication challenge.',
  1010005: 'Verify',
  1010006: 'Authentication code',
  1010007: 'Backup recovery code',
  1010008: 'Sign in with a hardware key',
  1010009: 'Use Authenticator',
  1010010: 'Use backup recovery code',
  1010011: 'Sign in with a hardware key',
  1010012: 'Prepare your WebAuthn device (e.g. security key, biometrics scanner, ...) and press continue.',
  1010013: 'Continue',
  1010014:
    "A code was sent to the address you provided. If you didn't receive it, please check the spelling of the address and try again.",
  1010015: 'Send sign in code',
  1010016:
    'You tried to sign in with "{duplicate_identifier}", but that email is already used by another account. Sign in to your account with one of the options below to add your account "{duplicate_identifier}" at "{provider}" as another way to sign in.',
  1010017: 'Sign in and link',
  1010018: 'Confirm with {provider}',
  1010019: 'Request code to continue',
  1010021: 'Sign in with passkey',
  1010022: 'Sign in with password',
  1010023: 'Send code to {address}',
  1010024: 'Sign in with a hardware key',
  1010025: "A code was sent to your address. If you didn't receive it, please try again.",
  // Registration
  1040001: 'Sign up',
  1040002: 'Sign up with {provider}',
  1040003: 'Continue',
  1040004: 'Sign up with security key',
  1040005:
    'A code has been sent to the address(es) you provided. If you have not received a message, check the spelling of the address and retry the registration.',
  1040006: 'Send sign up code',
  1040007: 'Sign up with passkey',
  1040008: 'Back',
  1040009: 'Please choose a credential to authenticate yourself with.',
  // Settings
  1050001: 'Your changes have been saved!',
  1050002: 'Link {provider}',
  1050003: 'Unlink {provider}',
  1050004: 'Unlink TOTP Authenticator App',
  1050005: 'Authenticator app QR code',
  1050006: '{secret}',
  1050007: 'Reveal backup recovery codes',
  1050008: 'Generate new backup recovery codes',
  1050009: '{secret}',
  1050010: 'These are your back up recovery codes. Please keep them in a safe place!',
  1050011: 'Confirm backup recovery codes',
  1050012: 'Add security key',
  1050013: 'Name of the security key',
  1050014: (context) => `Secret was used at ${format.date(context.used_at)}`,
  1050015: '{secrets}',
  1050016: 'Disable this method',
  1050017: 'This is your authenticator app secret. Use it if you can not scan the QR code.',
  1050018: 'Remove security key "{display_name}"',
  1050019: 'Add passkey',
  1050020: 'Remove passkey "{display_name}"',
  1050023:
    'Your account is managed by your organization. To change these settings, contact your organization administrator.',
  // Recovery
  1060001: (context) =>
    `You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next ${format.timeLeft(context.privileged_session_expires_at)}.`,
  1060002: `An email containing a recovery link has been sent to the email address you provided. ${CHECK_ADDRESS}`,
  1060003: `An email containing a recovery code has been sent to the email address you provided. ${CHECK_ADDRESS}`,
  1060004:
    'A recovery code has been sent to {masked_address}. If you have not received it, check the spelling of the address and make sure to use the address you registered with.',
  1060005: 'Recover access to your account by providing your recovery address in full.',
  1060006: 'How do you want to recover your account?',
  1060007: 'Back',
  // Field labels
  1070001: 'Password',
  1070002: '{title}',
  1070003: 'Save',
  1070004: 'ID',
  1070005: 'Submit',
  1070006: 'Verify code',
  1070007: 'Email',
  1070008: 'Resend code',
  1070009: 'Continue',
  1070010: 'Recovery code',
  1070011: 'Verification code',
  1070012: 'Registration code',
  1070013: 'Login code',
  1070014: 'Login and link credential',
  1070015: 'Please complete the captcha challenge to continue.',
  1070016: 'Recovery address',
  1070017: 'Phone number',
  1070018: 'Email or phone number',
  // Verification
  1080001: `An email containing a verification link has been sent to the email address you provided. ${CHECK_ADDRESS}`,
  1080002: 'You successfully verified your email address.',
  1080003: `An email containing a verification code has been sent to the email address you provided. ${CHECK_ADDRESS}`,
  1080004:
    'A text message containing a verification code has been sent to the phone number you provided. If you have not received a text message, check the spelling of the number and make sure to use the number you registered with.',
  1080005: 'You successfully verified your phone number.',
  // Validation
  4000001: '{reason}',
  4000002: 'Property {property} is missing.',
  4000003: 'length must be >= {min_length}, but got {actual_length}',
  4000004: 'does not match pattern "{pattern}"',
  4000005: 'The password can not be used because {reason}.',
  4000006:
    'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.',
  4000007: 'An account with the same identifier (email, phone, username, ...) exists already.',
  4000008: 'The provided authentication code is invalid, please try again.',
  4000009:
    'Could not find any login identifiers. Did you forget to set them? This could also be caused by a server misconfiguration.',
  4000010: 'Account not active yet. Did you forget to verify your email address?',
  4000011: 'You have no TOTP device set up.',
  4000012: 'This backup recovery code has already been used.',
  4000013: 'You have no WebAuthn device set up.',
  4000014: 'You have no backup recovery codes set up.',
  4000015: 'This account does not exist or has no security key set up.',
  4000016: 'The backup recovery code is not valid.',
  4000017: 'length must be <= {max_length}, but got {actual_length}',
  4000018: 'must be >= {minimum} but found {actual}',
  4000019: 'must be > {minimum} but found {actual}',
  4000020: 'must be <= {maximum} but found {actual}',
  4000021: 'must be < {maximum} but found {actual}',
  4000022: '{actual} not multipleOf {base}',
  4000023: 'maximum {max_items} items allowed, but found {actual_items} items',
  4000024: 'minimum {min_items} items allowed, but found {actual_items} items',
  4000025: 'items at index {index_a} and {index_b} are equal',
  4000026: (context) =>
    `expected ${format.list(context.allowed_types, 'disjunction')}, but got ${String(context.actual_type)}`,
  4000027:
    'An account with the same identifier (email, phone, username, ...) exists already. Please sign in to your existing account to link your social profile.',
  4000028: (context) => {
    const identifier = context.credential_identifier_hint || 'an email, phone, or username';
    const types = (context.available_credential_types ?? []) as string[];
    const providers = (context.available_oidc_providers ?? []) as string[];
    let text = `You tried signing in with ${String(identifier)} which is already in use by another account.`;
    if (types.length > 0) {
      text += ` You can sign in using ${format.list(
        types.map((type) => credentialTypes[type] ?? type),
        'disjunction',
      )}.`;
    }
    if (providers.length > 0) {
      text += ` You can sign in using one of the following social sign in providers: ${format.list(providers, 'disjunction')}.`;
    }
    return text;
  },
  4000029: 'must be equal to constant {expected}',
  4000030: 'const failed',
  4000031: 'The password can not be used because it is too similar to the identifier.',
  4000032: 'The password must be at least {min_length} characters long, but got {actual_length}.',
  4000033: 'The password must be at most {max_length} characters long, but got {actual_length}.',
  4000034: 'The password has been found in data breaches and must no longer be used.',
  4000035: 'This account does not exist or has not setup sign in with code.',
  4000036: 'The provided traits do not match the traits previously associated with this flow.',
  4000037: 'This account does not exist or has no login method configured.',
  4000038: 'Captcha verification failed, please try again.',
  4000039: 'The new password must be different from the old password.',
  4000040: 'Enter a valid email address',
  4000041: 'Enter a valid phone number',
  4000042: 'You have no DeviceAuthn device set up.',
  4000043: 'The provided web authn login is invalid, please try again.',
  4000044: 'The provided DeviceAuthn signature is invalid.',
  4000045:
    'This DeviceAuthn key can no longer be used because relaxed attestation is expired or disabled. Please enroll your device again.',
  4000046:
    'This DeviceAuthn key was enrolled before user verification was introduced and can no longer be used. Please enroll your device again.',
  // Login errors (4010003–6: no strategy in the other flows)
  4010001: (context) => `The login flow expired ${format.ago(context.expired_at)}, please try again.`,
  4010002: 'Could not find a strategy to log you in with. Did you fill out the form correctly?',
  4010003: 'Could not find a strategy to sign you up with. Did you fill out the form correctly?',
  4010004: 'Could not find a strategy to update your settings. Did you fill out the form correctly?',
  4010005: 'Could not find a strategy to recover your account with. Did you fill out the form correctly?',
  4010006: 'Could not find a strategy to verify your account with. Did you fill out the form correctly?',
  4010007: 'The request was already completed successfully and can not be retried.',
  4010008: 'The login code is invalid or has already been used. Please try again.',
  4010009: 'Linked credentials do not match.',
  4010010: 'The address you entered does not match any known addresses in the current account.',
  4010011: 'This account has been disabled. Please contact support for assistance.',
  // Registration errors
  4040001: (context) => `The registration flow expired ${format.ago(context.expired_at)}, please try again.`,
  4040002: 'The request was already completed successfully and can not be retried.',
  4040003: 'The registration code is invalid or has already been used. Please try again.',
  // Settings errors
  4050001: (context) => `The settings flow expired ${format.ago(context.expired_at)}, please try again.`,
  4050002: 'You can only change one address at a time. Please update each address separately.',
  // Recovery errors
  4060001: 'The request was already completed successfully and can not be retried.',
  4060002: 'The recovery flow reached a failure state and must be retried.',
  4060004: 'The recovery token is invalid or has already been used. Please retry the flow.',
  4060005: (context) => `The recovery flow expired ${format.ago(context.expired_at)}, please try again.`,
  4060006: 'The recovery code is invalid or has already been used. Please try again.',
  // Verification errors
  4070001: 'The verification token is invalid or has already been used. Please retry the flow.',
  4070002: 'The request was already completed successfully and can not be retried.',
  4070003: 'The verification flow reached a failure state and must be retried.',
  4070005: (context) => `The verification flow expired ${format.ago(context.expired_at)}, please try again.`,
  4070006: 'The verification code is invalid or has already been used. Please try again.',
  // System
  5000001: '{reason}',
  5000002: 'No authentication methods are available. Please contact the system administrator.',
  5000003:
    'Your organization requires SSO authentication, but no SSO provider is configured. Please contact the system administrator.',
};

// The library's own words are English by default; here so `texts` can be spread and overridden like translations.
export default { locale, translations, texts: defaultTexts } satisfies LocaleModule;
