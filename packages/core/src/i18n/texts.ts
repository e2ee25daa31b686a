/**
 * The library's own words: what the drop-ins and the renderer say that is not a Kratos message (headings, the
 * loading and retry states, notices, the links under the forms). Every locale module's `texts` has them all;
 * `<OryProvider texts={…}>` overrides any of them and `useOryTexts()` reads them for a custom UI. Explicit props
 * (`title`, `sectionTitles`, a LogoutButton's children) still win.
 */
export interface OryTexts {
  /** `<LoginFlow/>` heading. */
  loginTitle: string;
  /** Its heading when Kratos asks the signed-in user to sign in again (`refresh`). */
  loginRefreshTitle: string;
  /** Its heading for the second factor (`aal2`). */
  loginSecondFactorTitle: string;
  registrationTitle: string;
  settingsTitle: string;
  recoveryTitle: string;
  verificationTitle: string;
  /** `<FlowError/>` heading. */
  errorTitle: string;
  /** While a flow loads (`data-ory-part="loading"`). */
  loading: string;
  /** The retry button after a failure that may pass (network, server). */
  tryAgain: string;
  /** The retry button after Kratos refused the request itself: starts without the refused parameters. */
  startOver: string;
  /** A failure that carries no message of its own. */
  unknownError: string;
  /** Notice after Kratos renewed the form over a CSRF failure (what the user typed is kept). */
  formRenewedCsrf: string;
  /** Notice after Kratos renewed a lost or expired form (what the user typed is kept). */
  formRenewed: string;
  /** Accessible name of the links under a form. */
  linksLabel: string;
  loginRegistrationLink: string;
  loginRecoveryLink: string;
  registrationLoginLink: string;
  recoveryLoginLink: string;
  /** Accessible name of the links on the error page. */
  errorLinksLabel: string;
  errorLoginLink: string;
  errorHomeLink: string;
  /** The error page was opened without `?id=`. */
  errorMissingId: string;
  /** Kratos' HTTP code and status ("Not Found", in English) of a stored error. */
  errorCode: (code: number, status?: string) => string;
  /** `<LogoutButton/>` label. */
  signOut: string;
  /** `<SettingsFlow/>` section headings by method group. */
  settingsProfile: string;
  settingsPassword: string;
  settingsTotp: string;
  settingsLookupSecret: string;
  settingsWebauthn: string;
  settingsPasskey: string;
  settingsOidc: string;
  settingsSaml: string;
  /** A passkey / security-key button: the browser ceremony was cancelled or refused (nothing was sent). */
  webauthnFailed: string;
  /** A passkey / security-key button: Kratos' WebAuthn script never loaded (blocked, offline). */
  webauthnUnavailable: string;
  /**
   * Failures the client detects itself, by `error.id` (CLIENT_ERROR_IDS). Unset, as in English, the client's own
   * message shows ("Could not reach the server. Check your connection and try again.").
   */
  networkError?: string;
  timeoutError?: string;
  abortedError?: string;
  invalidResponseError?: string;
  /** A lost form could not be replaced: "Could not start a new flow. Please reload the page." */
  restartFailedError?: string;
}

/** English, the default; the client's messages are already English, so the client-error texts stay unset. */
export const defaultTexts: OryTexts = {
  loginTitle: 'Sign in',
  loginRefreshTitle: 'Confirm it’s you',
  loginSecondFactorTitle: 'Second factor',
  registrationTitle: 'Create an account',
  settingsTitle: 'Account settings',
  recoveryTitle: 'Recover your account',
  verificationTitle: 'Verify your email',
  errorTitle: 'Something went wrong',
  loading: 'Loading…',
  tryAgain: 'Try again',
  startOver: 'Start over',
  unknownError: 'Something went wrong.',
  formRenewedCsrf: 'For your security the form was renewed. Please submit it again.',
  formRenewed: 'The form was renewed. Please submit it again.',
  linksLabel: 'Other options',
  loginRegistrationLink: 'Create an account',
  loginRecoveryLink: 'Forgot your password?',
  registrationLoginLink: 'Already have an account? Sign in',
  recoveryLoginLink: 'Back to sign in',
  errorLinksLabel: 'Where to go next',
  errorLoginLink: 'Sign in',
  errorHomeLink: 'Home',
  errorMissingId: 'No error was given.',
  errorCode: (code, status) => `Error ${code}${status ? ` (${status})` : ''}`,
  signOut: 'Sign out',
  settingsProfile: 'Profile',
  settingsPassword: 'Password',
  settingsTotp: 'Authenticator app',
  settingsLookupSecret: 'Backup recovery codes',
  settingsWebauthn: 'Security keys',
  settingsPasskey: 'Passkeys',
  settingsOidc: 'Connected accounts',
  settingsSaml: 'Single sign-on',
  webauthnFailed:
    'The passkey or security key did not respond, or the request was cancelled. Please try again.',
  webauthnUnavailable:
    'Passkeys can’t be used right now: their script did not load. Reload the page or choose another way.',
};
