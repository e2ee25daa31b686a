import { createLocaleFormatters } from '../locale-formatters';
import type { OryTexts } from '../texts';
import type { LocaleModule, Translations } from '../types';

// German, formal address ("Sie"): the safe default for an app whose audience we do not know.
const locale = 'de';
const format = createLocaleFormatters(locale);

const credentialTypes: Record<string, string> = {
  password: 'Ihrem Passwort',
  oidc: 'Social Login',
  webauthn: 'Ihrem Passkey oder einem Sicherheitsschlüssel',
  passkey: 'Ihrem Passkey',
  code: 'einem Einmalcode',
};

const CHECK_ADDRESS =
  'Falls keine E-Mail angekommen ist, prüfen Sie die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.';
const TRY_AGAIN = 'Bitte versuchen Sie es erneut.';
const ALREADY_DONE = 'Die Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.';
const FORM_CORRECT = 'Haben Sie das Formular richtig ausgefüllt?';

const translations: Translations = {
  // Login
  1010001: 'Anmelden',
  1010002: 'Mit {provider} anmelden',
  1010003: 'Bitte bestätigen Sie diese Aktion, indem Sie nachweisen, dass Sie es sind.',
  1010004: 'Bitte schließen Sie den zweiten Anmeldeschritt ab.',
  1010005: 'Bestätigen',
  1010006: 'Authentifizierungscode',
  1010007: 'Backup-Code',
  1010008: 'Mit Hardware-Schlüssel anmelden',
  1010009: 'Authenticator-App verwenden',
  1010010: 'Backup-Code verwenden',
  1010011: 'Mit Hardware-Schlüssel anmelden',
  1010012:
    'Halten Sie Ihr WebAuthn-Gerät (z. B. Sicherheitsschlüssel oder Fingerabdrucksensor) bereit und klicken Sie auf „Weiter“.',
  1010013: 'Weiter',
  1010014:
    'Wir haben einen Code an die angegebene Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie bitte die Schreibweise der Adresse und versuchen Sie es erneut.',
  1010015: 'Anmeldecode senden',
  1010016:
    'Sie wollten sich mit „{duplicate_identifier}“ anmelden, aber diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet. Melden Sie sich mit einer der folgenden Optionen an, um „{duplicate_identifier}“ bei „{provider}“ als weitere Anmeldemöglichkeit hinzuzufügen.',
  1010017: 'Anmelden und verknüpfen',
  1010018: 'Mit {provider} bestätigen',
  1010019: 'Code anfordern und fortfahren',
  1010021: 'Mit Passkey anmelden',
  1010022: 'Mit Passwort anmelden',
  1010023: 'Code an {address} senden',
  1010024: 'Mit Hardware-Schlüssel anmelden',
  1010025:
    'Wir haben einen Code an Ihre Adresse gesendet. Falls er nicht angekommen ist, versuchen Sie es bitte erneut.',
  // Registration
  1040001: 'Registrieren',
  1040002: 'Mit {provider} registrieren',
  1040003: 'Weiter',
  1040004: 'Mit Sicherheitsschlüssel registrieren',
  1040005:
    'Wir haben einen Code an die angegebene(n) Adresse(n) gesendet. Falls keine Nachricht angekommen ist, prüfen Sie die Schreibweise der Adresse und registrieren Sie sich erneut.',
  1040006: 'Registrierungscode senden',
  1040007: 'Mit Passkey registrieren',
  1040008: 'Zurück',
  1040009: 'Bitte wählen Sie, womit Sie sich anmelden möchten.',
  // Settings
  1050001: 'Ihre Änderungen wurden gespeichert.',
  1050002: 'Mit {provider} verknüpfen',
  1050003: 'Verknüpfung mit {provider} aufheben',
  1050004: 'Authenticator-App entfernen',
  1050005: 'QR-Code für die Authenticator-App',
  1050006: '{secret}',
  1050007: 'Backup-Codes anzeigen',
  1050008: 'Neue Backup-Codes erzeugen',
  1050009: '{secret}',
  1050010: 'Das sind Ihre Backup-Codes. Bewahren Sie sie an einem sicheren Ort auf!',
  1050011: 'Backup-Codes bestätigen',
  1050012: 'Sicherheitsschlüssel hinzufügen',
  1050013: 'Name des Sicherheitsschlüssels',
  1050014: (context) => `Verwendet am ${format.date(context.used_at)}`,
  1050015: '{secrets}',
  1050016: 'Diese Methode deaktivieren',
  1050017:
    'Das ist der geheime Schlüssel Ihrer Authenticator-App. Verwenden Sie ihn, falls Sie den QR-Code nicht scannen können.',
  1050018: 'Sicherheitsschlüssel „{display_name}“ entfernen',
  1050019: 'Passkey hinzufügen',
  1050020: 'Passkey „{display_name}“ entfernen',
  1050023:
    'Ihr Konto wird von Ihrer Organisation verwaltet. Wenden Sie sich an die Administration Ihrer Organisation, um diese Einstellungen zu ändern.',
  // Recovery
  1060001: (context) =>
    `Ihr Konto wurde wiederhergestellt. Bitte ändern Sie innerhalb von ${format.timeLeft(context.privileged_session_expires_at)} Ihr Passwort oder richten Sie eine andere Anmeldemethode ein (z. B. Social Login).`,
  1060002: `Wir haben eine E-Mail mit einem Wiederherstellungslink an die angegebene Adresse gesendet. ${CHECK_ADDRESS}`,
  1060003: `Wir haben eine E-Mail mit einem Wiederherstellungscode an die angegebene Adresse gesendet. ${CHECK_ADDRESS}`,
  1060004:
    'Wir haben einen Wiederherstellungscode an {masked_address} gesendet. Falls er nicht angekommen ist, prüfen Sie die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.',
  1060005:
    'Geben Sie Ihre vollständige Wiederherstellungsadresse ein, um wieder auf Ihr Konto zugreifen zu können.',
  1060006: 'Wie möchten Sie Ihr Konto wiederherstellen?',
  1060007: 'Zurück',
  // Field labels
  1070001: 'Passwort',
  1070002: '{title}',
  1070003: 'Speichern',
  1070004: 'ID',
  1070005: 'Absenden',
  1070006: 'Code bestätigen',
  1070007: 'E-Mail',
  1070008: 'Code erneut senden',
  1070009: 'Weiter',
  1070010: 'Wiederherstellungscode',
  1070011: 'Bestätigungscode',
  1070012: 'Registrierungscode',
  1070013: 'Anmeldecode',
  1070014: 'Anmelden und Zugang verknüpfen',
  1070015: 'Bitte lösen Sie das Captcha, um fortzufahren.',
  1070016: 'Wiederherstellungsadresse',
  1070017: 'Telefonnummer',
  1070018: 'E-Mail oder Telefonnummer',
  // Verification
  1080001: `Wir haben eine E-Mail mit einem Bestätigungslink an die angegebene Adresse gesendet. ${CHECK_ADDRESS}`,
  1080002: 'Ihre E-Mail-Adresse wurde bestätigt.',
  1080003: `Wir haben eine E-Mail mit einem Bestätigungscode an die angegebene Adresse gesendet. ${CHECK_ADDRESS}`,
  1080004:
    'Wir haben eine SMS mit einem Bestätigungscode an die angegebene Telefonnummer gesendet. Falls keine SMS angekommen ist, prüfen Sie die Nummer und ob es die Nummer ist, mit der Sie sich registriert haben.',
  1080005: 'Ihre Telefonnummer wurde bestätigt.',
  // Validation
  4000001: '{reason}',
  4000002: 'Das Feld „{property}“ ist erforderlich.',
  4000003: 'Mindestens {min_length} Zeichen erforderlich, eingegeben: {actual_length}.',
  4000004: 'Entspricht nicht dem Muster „{pattern}“.',
  4000005: 'Das Passwort kann nicht verwendet werden: {reason}.',
  4000006:
    'Die Anmeldedaten sind ungültig. Prüfen Sie Passwort und Benutzername, E-Mail-Adresse oder Telefonnummer auf Tippfehler.',
  4000007: 'Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …).',
  4000008: `Der Authentifizierungscode ist ungültig. ${TRY_AGAIN}`,
  4000009:
    'Es wurden keine Anmeldekennungen gefunden. Haben Sie vergessen, sie anzugeben? Möglicherweise ist auch der Server falsch konfiguriert.',
  4000010: 'Das Konto ist noch nicht aktiv. Haben Sie Ihre E-Mail-Adresse schon bestätigt?',
  4000011: 'Sie haben keine Authenticator-App eingerichtet.',
  4000012: 'Dieser Backup-Code wurde bereits verwendet.',
  4000013: 'Sie haben kein WebAuthn-Gerät eingerichtet.',
  4000014: 'Sie haben keine Backup-Codes eingerichtet.',
  4000015: 'Dieses Konto existiert nicht oder hat keinen Sicherheitsschlüssel eingerichtet.',
  4000016: 'Der Backup-Code ist ungültig.',
  4000017: 'Höchstens {max_length} Zeichen erlaubt, eingegeben: {actual_length}.',
  4000018: 'Muss mindestens {minimum} sein, ist aber {actual}.',
  4000019: 'Muss größer als {minimum} sein, ist aber {actual}.',
  4000020: 'Darf höchstens {maximum} sein, ist aber {actual}.',
  4000021: 'Muss kleiner als {maximum} sein, ist aber {actual}.',
  4000022: '{actual} ist kein Vielfaches von {base}.',
  4000023: 'Höchstens {max_items} Einträge erlaubt, es sind aber {actual_items}.',
  4000024: 'Mindestens {min_items} Einträge erforderlich, es sind aber {actual_items}.',
  4000025: 'Die Einträge an Position {index_a} und {index_b} sind gleich.',
  4000026: (context) =>
    `Erwartet: ${format.list(context.allowed_types, 'disjunction')}, erhalten: ${String(context.actual_type)}.`,
  4000027:
    'Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …). Bitte melden Sie sich bei Ihrem bestehenden Konto an, um Ihr Social-Login-Profil zu verknüpfen.',
  4000028: (context) => {
    const identifier = context.credential_identifier_hint
      ? `Die Kennung „${String(context.credential_identifier_hint)}“`
      : 'Diese Kennung';
    const types = (context.available_credential_types ?? []) as string[];
    const providers = (context.available_oidc_providers ?? []) as string[];
    let text = `${identifier} wird bereits von einem anderen Konto verwendet.`;
    if (types.length > 0) {
      text += ` Sie können sich mit ${format.list(
        types.map((type) => credentialTypes[type] ?? type),
        'disjunction',
      )} anmelden.`;
    }
    if (providers.length > 0) {
      text += ` Sie können sich mit einem dieser Social-Login-Anbieter anmelden: ${format.list(providers, 'disjunction')}.`;
    }
    return text;
  },
  4000029: 'Muss genau „{expected}“ sein.',
  4000030: 'Der Wert entspricht nicht der Vorgabe.',
  4000031: 'Das Passwort kann nicht verwendet werden, weil es der Kennung zu ähnlich ist.',
  4000032: 'Das Passwort muss mindestens {min_length} Zeichen lang sein, hat aber nur {actual_length}.',
  4000033: 'Das Passwort darf höchstens {max_length} Zeichen lang sein, hat aber {actual_length}.',
  4000034: 'Dieses Passwort ist in Datenlecks aufgetaucht und darf nicht mehr verwendet werden.',
  4000035: 'Dieses Konto existiert nicht oder hat die Anmeldung per Code nicht eingerichtet.',
  4000036: 'Die angegebenen Profildaten stimmen nicht mit denen dieses Vorgangs überein.',
  4000037: 'Dieses Konto existiert nicht oder hat keine Anmeldemethode eingerichtet.',
  4000038: `Die Captcha-Prüfung ist fehlgeschlagen. ${TRY_AGAIN}`,
  4000039: 'Das neue Passwort muss sich vom alten unterscheiden.',
  4000040: 'Geben Sie eine gültige E-Mail-Adresse ein.',
  4000041: 'Geben Sie eine gültige Telefonnummer ein.',
  4000042: 'Sie haben kein DeviceAuthn-Gerät eingerichtet.',
  4000043: `Die WebAuthn-Anmeldung ist ungültig. ${TRY_AGAIN}`,
  4000044: 'Die DeviceAuthn-Signatur ist ungültig.',
  4000045:
    'Dieser DeviceAuthn-Schlüssel kann nicht mehr verwendet werden, weil die gelockerte Attestierung abgelaufen oder deaktiviert ist. Bitte registrieren Sie Ihr Gerät erneut.',
  4000046:
    'Dieser DeviceAuthn-Schlüssel wurde registriert, bevor die Benutzerüberprüfung eingeführt wurde, und kann nicht mehr verwendet werden. Bitte registrieren Sie Ihr Gerät erneut.',
  // Login errors (4010003–6: no strategy in the other flows)
  4010001: (context) => `Der Anmeldevorgang ist ${format.ago(context.expired_at)} abgelaufen. ${TRY_AGAIN}`,
  4010002: `Es wurde keine passende Anmeldemethode gefunden. ${FORM_CORRECT}`,
  4010003: `Es wurde keine passende Registrierungsmethode gefunden. ${FORM_CORRECT}`,
  4010004: `Es wurde keine Methode gefunden, um Ihre Einstellungen zu ändern. ${FORM_CORRECT}`,
  4010005: `Es wurde keine Methode gefunden, um Ihr Konto wiederherzustellen. ${FORM_CORRECT}`,
  4010006: `Es wurde keine Methode gefunden, um Ihr Konto zu bestätigen. ${FORM_CORRECT}`,
  4010007: ALREADY_DONE,
  4010008: `Der Anmeldecode ist ungültig oder wurde bereits verwendet. ${TRY_AGAIN}`,
  4010009: 'Die verknüpften Zugangsdaten stimmen nicht überein.',
  4010010: 'Die eingegebene Adresse ist für dieses Konto nicht hinterlegt.',
  4010011: 'Dieses Konto wurde deaktiviert. Bitte wenden Sie sich an den Support.',
  // Registration errors
  4040001: (context) =>
    `Der Registrierungsvorgang ist ${format.ago(context.expired_at)} abgelaufen. ${TRY_AGAIN}`,
  4040002: ALREADY_DONE,
  4040003: `Der Registrierungscode ist ungültig oder wurde bereits verwendet. ${TRY_AGAIN}`,
  // Settings errors
  4050001: (context) =>
    `Der Einstellungsvorgang ist ${format.ago(context.expired_at)} abgelaufen. ${TRY_AGAIN}`,
  4050002: 'Sie können immer nur eine Adresse ändern. Bitte ändern Sie die Adressen einzeln.',
  // Recovery errors
  4060001: ALREADY_DONE,
  4060002: 'Die Wiederherstellung ist fehlgeschlagen und muss neu gestartet werden.',
  4060004:
    'Der Wiederherstellungslink ist ungültig oder wurde bereits verwendet. Bitte starten Sie den Vorgang neu.',
  4060005: (context) =>
    `Der Wiederherstellungsvorgang ist ${format.ago(context.expired_at)} abgelaufen. ${TRY_AGAIN}`,
  4060006: `Der Wiederherstellungscode ist ungültig oder wurde bereits verwendet. ${TRY_AGAIN}`,
  // Verification errors
  4070001:
    'Der Bestätigungslink ist ungültig oder wurde bereits verwendet. Bitte starten Sie den Vorgang neu.',
  4070002: ALREADY_DONE,
  4070003: 'Die Bestätigung ist fehlgeschlagen und muss neu gestartet werden.',
  4070005: (context) =>
    `Der Bestätigungsvorgang ist ${format.ago(context.expired_at)} abgelaufen. ${TRY_AGAIN}`,
  4070006: `Der Bestätigungscode ist ungültig oder wurde bereits verwendet. ${TRY_AGAIN}`,
  // System
  5000001: '{reason}',
  5000002: 'Es sind keine Anmeldemethoden verfügbar. Bitte wenden Sie sich an die Systemadministration.',
  5000003:
    'Ihre Organisation verlangt eine SSO-Anmeldung, aber es ist kein SSO-Anbieter eingerichtet. Bitte wenden Sie sich an die Systemadministration.',
};

// The library's own words (headings, states, links): not Kratos messages, so no ids.
const texts: Required<OryTexts> = {
  loginTitle: 'Anmelden',
  loginRefreshTitle: 'Identität bestätigen',
  loginSecondFactorTitle: 'Zweiter Faktor',
  registrationTitle: 'Konto erstellen',
  settingsTitle: 'Kontoeinstellungen',
  recoveryTitle: 'Konto wiederherstellen',
  verificationTitle: 'E-Mail-Adresse bestätigen',
  errorTitle: 'Ein Fehler ist aufgetreten',
  loading: 'Wird geladen…',
  tryAgain: 'Erneut versuchen',
  startOver: 'Neu beginnen',
  unknownError: 'Ein Fehler ist aufgetreten.',
  formRenewedCsrf: 'Zu Ihrer Sicherheit wurde das Formular erneuert. Bitte senden Sie es erneut ab.',
  formRenewed: 'Das Formular wurde erneuert. Bitte senden Sie es erneut ab.',
  linksLabel: 'Weitere Optionen',
  loginRegistrationLink: 'Konto erstellen',
  loginRecoveryLink: 'Passwort vergessen?',
  registrationLoginLink: 'Sie haben bereits ein Konto? Anmelden',
  recoveryLoginLink: 'Zurück zur Anmeldung',
  errorLinksLabel: 'Nächste Schritte',
  errorLoginLink: 'Anmelden',
  errorHomeLink: 'Startseite',
  errorMissingId: 'Es wurde kein Fehler angegeben.',
  errorCode: (code, status) => `Fehler ${code}${status ? ` (${status})` : ''}`,
  signOut: 'Abmelden',
  settingsProfile: 'Profil',
  settingsPassword: 'Passwort',
  settingsTotp: 'Authenticator-App',
  settingsLookupSecret: 'Backup-Codes',
  settingsWebauthn: 'Sicherheitsschlüssel',
  settingsPasskey: 'Passkeys',
  settingsOidc: 'Verknüpfte Konten',
  settingsSaml: 'Single Sign-On',
  webauthnFailed:
    'Der Passkey oder Sicherheitsschlüssel hat nicht geantwortet, oder die Anfrage wurde abgebrochen. Bitte versuchen Sie es erneut.',
  webauthnUnavailable:
    'Passkeys sind gerade nicht verfügbar, weil ihr Skript nicht geladen wurde. Laden Sie die Seite neu oder wählen Sie einen anderen Weg.',
  networkError:
    'Der Dienst ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  timeoutError:
    'Der Dienst hat nicht rechtzeitig geantwortet. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  abortedError: 'Die Anfrage wurde abgebrochen.',
  invalidResponseError: 'Der Dienst antwortet nicht wie erwartet. Bitte versuchen Sie es in Kürze erneut.',
  restartFailedError: 'Das Formular konnte nicht neu gestartet werden. Bitte laden Sie die Seite neu.',
};

export default { locale, translations, texts } satisfies LocaleModule;
