import { createLocaleFormatters } from '../locale-formatters';
import type { OryTexts } from '../texts';
import type { LocaleModule, Translations } from '../types';

// French, formal address ("vous"). French typography puts a no-break space inside « » and before : (\u00a0)
// and a narrow one before ? and ! (\u202f), written as escapes so they stay visible in the source.
const locale = 'fr';
const format = createLocaleFormatters(locale);

const credentialTypes: Record<string, string> = {
  password: 'votre mot de passe',
  oidc: 'un réseau social',
  webauthn: 'votre clé d’accès ou une clé de sécurité',
  passkey: 'votre clé d’accès',
  code: 'un code à usage unique',
};

const CHECK_ADDRESS =
  'Si vous ne l’avez pas reçu, vérifiez l’orthographe de l’adresse et assurez-vous d’utiliser celle de votre inscription.';
const TRY_AGAIN = 'Veuillez réessayer.';
const ALREADY_DONE = 'La demande a déjà abouti et ne peut pas être renouvelée.';
const FORM_CORRECT = 'Avez-vous correctement rempli le formulaire\u202f?';

const translations: Translations = {
  // Login
  1010001: 'Se connecter',
  1010002: 'Se connecter avec {provider}',
  1010003: 'Veuillez confirmer cette action en prouvant votre identité.',
  1010004: 'Veuillez effectuer la deuxième étape d’authentification.',
  1010005: 'Vérifier',
  1010006: 'Code d’authentification',
  1010007: 'Code de secours',
  1010008: 'Se connecter avec une clé matérielle',
  1010009: 'Utiliser l’application d’authentification',
  1010010: 'Utiliser un code de secours',
  1010011: 'Se connecter avec une clé matérielle',
  1010012:
    'Préparez votre appareil WebAuthn (p. ex. une clé de sécurité ou un lecteur biométrique), puis cliquez sur «\u00a0Continuer\u00a0».',
  1010013: 'Continuer',
  1010014:
    'Un code a été envoyé à l’adresse indiquée. Si vous ne l’avez pas reçu, vérifiez l’orthographe de l’adresse et réessayez.',
  1010015: 'Envoyer un code de connexion',
  1010016:
    'Vous avez essayé de vous connecter avec «\u00a0{duplicate_identifier}\u00a0», mais cette adresse e-mail est déjà utilisée par un autre compte. Connectez-vous à votre compte avec l’une des options ci-dessous pour ajouter «\u00a0{duplicate_identifier}\u00a0» sur «\u00a0{provider}\u00a0» comme autre moyen de connexion.',
  1010017: 'Se connecter et associer',
  1010018: 'Confirmer avec {provider}',
  1010019: 'Demander un code pour continuer',
  1010021: 'Se connecter avec une clé d’accès',
  1010022: 'Se connecter avec un mot de passe',
  1010023: 'Envoyer le code à {address}',
  1010024: 'Se connecter avec une clé matérielle',
  1010025: 'Un code a été envoyé à votre adresse. Si vous ne l’avez pas reçu, réessayez.',
  // Registration
  1040001: 'S’inscrire',
  1040002: 'S’inscrire avec {provider}',
  1040003: 'Continuer',
  1040004: 'S’inscrire avec une clé de sécurité',
  1040005:
    'Un code a été envoyé à la ou aux adresses indiquées. Si vous n’avez reçu aucun message, vérifiez l’orthographe de l’adresse et recommencez l’inscription.',
  1040006: 'Envoyer un code d’inscription',
  1040007: 'S’inscrire avec une clé d’accès',
  1040008: 'Retour',
  1040009: 'Veuillez choisir comment vous identifier.',
  // Settings
  1050001: 'Vos modifications ont été enregistrées\u202f!',
  1050002: 'Associer {provider}',
  1050003: 'Dissocier {provider}',
  1050004: 'Dissocier l’application d’authentification (TOTP)',
  1050005: 'Code QR de l’application d’authentification',
  1050006: '{secret}',
  1050007: 'Afficher les codes de secours',
  1050008: 'Générer de nouveaux codes de secours',
  1050009: '{secret}',
  1050010: 'Voici vos codes de secours. Conservez-les en lieu sûr\u202f!',
  1050011: 'Confirmer les codes de secours',
  1050012: 'Ajouter une clé de sécurité',
  1050013: 'Nom de la clé de sécurité',
  1050014: (context) => `Utilisé le ${format.date(context.used_at)}`,
  1050015: '{secrets}',
  1050016: 'Désactiver cette méthode',
  1050017:
    'Voici la clé secrète de votre application d’authentification. Utilisez-la si vous ne pouvez pas scanner le code QR.',
  1050018: 'Supprimer la clé de sécurité «\u00a0{display_name}\u00a0»',
  1050019: 'Ajouter une clé d’accès',
  1050020: 'Supprimer la clé d’accès «\u00a0{display_name}\u00a0»',
  1050023:
    'Votre compte est géré par votre organisation. Pour modifier ces paramètres, contactez l’administrateur de votre organisation.',
  // Recovery
  1060001: (context) =>
    `Votre compte a été récupéré. Veuillez changer votre mot de passe ou configurer une autre méthode de connexion (p. ex. via un réseau social) dans un délai de ${format.timeLeft(context.privileged_session_expires_at)}.`,
  1060002: `Un e-mail contenant un lien de récupération a été envoyé à l’adresse indiquée. ${CHECK_ADDRESS}`,
  1060003: `Un e-mail contenant un code de récupération a été envoyé à l’adresse indiquée. ${CHECK_ADDRESS}`,
  1060004: `Un code de récupération a été envoyé à {masked_address}. ${CHECK_ADDRESS}`,
  1060005: 'Pour récupérer l’accès à votre compte, saisissez votre adresse de récupération complète.',
  1060006: 'Comment souhaitez-vous récupérer votre compte\u202f?',
  1060007: 'Retour',
  // Field labels
  1070001: 'Mot de passe',
  1070002: '{title}',
  1070003: 'Enregistrer',
  1070004: 'Identifiant',
  1070005: 'Envoyer',
  1070006: 'Vérifier le code',
  1070007: 'E-mail',
  1070008: 'Renvoyer le code',
  1070009: 'Continuer',
  1070010: 'Code de récupération',
  1070011: 'Code de vérification',
  1070012: 'Code d’inscription',
  1070013: 'Code de connexion',
  1070014: 'Se connecter et associer l’identifiant',
  1070015: 'Veuillez résoudre le captcha pour continuer.',
  1070016: 'Adresse de récupération',
  1070017: 'Numéro de téléphone',
  1070018: 'E-mail ou numéro de téléphone',
  // Verification
  1080001: `Un e-mail contenant un lien de vérification a été envoyé à l’adresse indiquée. ${CHECK_ADDRESS}`,
  1080002: 'Votre adresse e-mail a été vérifiée.',
  1080003: `Un e-mail contenant un code de vérification a été envoyé à l’adresse indiquée. ${CHECK_ADDRESS}`,
  1080004:
    'Un SMS contenant un code de vérification a été envoyé au numéro indiqué. Si vous ne l’avez pas reçu, vérifiez le numéro et assurez-vous d’utiliser celui de votre inscription.',
  1080005: 'Votre numéro de téléphone a été vérifié.',
  // Validation
  4000001: '{reason}',
  4000002: 'Le champ «\u00a0{property}\u00a0» est obligatoire.',
  4000003: 'Doit contenir au moins {min_length} caractères, mais en contient {actual_length}.',
  4000004: 'Ne correspond pas au format «\u00a0{pattern}\u00a0».',
  4000005: 'Ce mot de passe ne peut pas être utilisé\u00a0: {reason}.',
  4000006:
    'Les identifiants sont incorrects. Vérifiez l’orthographe de votre mot de passe et de votre nom d’utilisateur, adresse e-mail ou numéro de téléphone.',
  4000007: 'Un compte avec le même identifiant (e-mail, téléphone, nom d’utilisateur…) existe déjà.',
  4000008: `Le code d’authentification est incorrect. ${TRY_AGAIN}`,
  4000009:
    'Aucun identifiant de connexion trouvé. Avez-vous oublié de le renseigner\u202f? Cela peut aussi venir d’une mauvaise configuration du serveur.',
  4000010: 'Ce compte n’est pas encore actif. Avez-vous vérifié votre adresse e-mail\u202f?',
  4000011: 'Vous n’avez configuré aucune application d’authentification.',
  4000012: 'Ce code de secours a déjà été utilisé.',
  4000013: 'Vous n’avez configuré aucun appareil WebAuthn.',
  4000014: 'Vous n’avez configuré aucun code de secours.',
  4000015: 'Ce compte n’existe pas ou n’a aucune clé de sécurité configurée.',
  4000016: 'Ce code de secours n’est pas valide.',
  4000017: 'Doit contenir au plus {max_length} caractères, mais en contient {actual_length}.',
  4000018: 'Doit être supérieur ou égal à {minimum}, mais vaut {actual}.',
  4000019: 'Doit être supérieur à {minimum}, mais vaut {actual}.',
  4000020: 'Doit être inférieur ou égal à {maximum}, mais vaut {actual}.',
  4000021: 'Doit être inférieur à {maximum}, mais vaut {actual}.',
  4000022: '{actual} n’est pas un multiple de {base}.',
  4000023: '{max_items} éléments au maximum sont autorisés, mais il y en a {actual_items}.',
  4000024: 'Au moins {min_items} éléments sont requis, mais il y en a {actual_items}.',
  4000025: 'Les éléments aux positions {index_a} et {index_b} sont identiques.',
  4000026: (context) =>
    `Valeur attendue\u00a0: ${format.list(context.allowed_types, 'disjunction')}, reçue\u00a0: ${String(context.actual_type)}.`,
  4000027:
    'Un compte avec le même identifiant (e-mail, téléphone, nom d’utilisateur…) existe déjà. Connectez-vous à votre compte existant pour y associer votre profil de réseau social.',
  4000028: (context) => {
    const identifier = context.credential_identifier_hint
      ? `L’identifiant «\u00a0${String(context.credential_identifier_hint)}\u00a0» est déjà utilisé`
      : 'Cet identifiant est déjà utilisé';
    const types = (context.available_credential_types ?? []) as string[];
    const providers = (context.available_oidc_providers ?? []) as string[];
    let text = `${identifier} par un autre compte.`;
    if (types.length > 0) {
      text += ` Vous pouvez vous connecter avec ${format.list(
        types.map((type) => credentialTypes[type] ?? type),
        'disjunction',
      )}.`;
    }
    if (providers.length > 0) {
      text += ` Vous pouvez vous connecter avec l’un de ces fournisseurs\u00a0: ${format.list(providers, 'disjunction')}.`;
    }
    return text;
  },
  4000029: 'Doit être exactement «\u00a0{expected}\u00a0».',
  4000030: 'La valeur ne correspond pas à la valeur attendue.',
  4000031: 'Ce mot de passe ne peut pas être utilisé, car il ressemble trop à l’identifiant.',
  4000032:
    'Le mot de passe doit contenir au moins {min_length} caractères, mais il en contient {actual_length}.',
  4000033:
    'Le mot de passe doit contenir au plus {max_length} caractères, mais il en contient {actual_length}.',
  4000034: 'Ce mot de passe figure dans des fuites de données et ne doit plus être utilisé.',
  4000035: 'Ce compte n’existe pas ou n’a pas configuré la connexion par code.',
  4000036:
    'Les informations fournies ne correspondent pas à celles associées précédemment à cette procédure.',
  4000037: 'Ce compte n’existe pas ou n’a aucune méthode de connexion configurée.',
  4000038: `La vérification du captcha a échoué. ${TRY_AGAIN}`,
  4000039: 'Le nouveau mot de passe doit être différent de l’ancien.',
  4000040: 'Saisissez une adresse e-mail valide.',
  4000041: 'Saisissez un numéro de téléphone valide.',
  4000042: 'Vous n’avez configuré aucun appareil DeviceAuthn.',
  4000043: `La connexion WebAuthn n’est pas valide. ${TRY_AGAIN}`,
  4000044: 'La signature DeviceAuthn n’est pas valide.',
  4000045:
    'Cette clé DeviceAuthn ne peut plus être utilisée, car l’attestation assouplie a expiré ou est désactivée. Veuillez enregistrer à nouveau votre appareil.',
  4000046:
    'Cette clé DeviceAuthn a été enregistrée avant l’introduction de la vérification de l’utilisateur et ne peut plus être utilisée. Veuillez enregistrer à nouveau votre appareil.',
  // Login errors (4010003–6: no strategy in the other flows)
  4010001: (context) => `La procédure de connexion a expiré ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4010002: `Aucune méthode de connexion n’a été trouvée. ${FORM_CORRECT}`,
  4010003: `Aucune méthode d’inscription n’a été trouvée. ${FORM_CORRECT}`,
  4010004: `Aucune méthode n’a été trouvée pour modifier vos paramètres. ${FORM_CORRECT}`,
  4010005: `Aucune méthode n’a été trouvée pour récupérer votre compte. ${FORM_CORRECT}`,
  4010006: `Aucune méthode n’a été trouvée pour vérifier votre compte. ${FORM_CORRECT}`,
  4010007: ALREADY_DONE,
  4010008: `Le code de connexion est incorrect ou a déjà été utilisé. ${TRY_AGAIN}`,
  4010009: 'Les identifiants associés ne correspondent pas.',
  4010010: 'L’adresse saisie ne correspond à aucune adresse connue de ce compte.',
  4010011: 'Ce compte a été désactivé. Veuillez contacter l’assistance.',
  // Registration errors
  4040001: (context) => `La procédure d’inscription a expiré ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4040002: ALREADY_DONE,
  4040003: `Le code d’inscription est incorrect ou a déjà été utilisé. ${TRY_AGAIN}`,
  // Settings errors
  4050001: (context) =>
    `La procédure de modification des paramètres a expiré ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4050002: 'Vous ne pouvez modifier qu’une adresse à la fois. Veuillez modifier chaque adresse séparément.',
  // Recovery errors
  4060001: ALREADY_DONE,
  4060002: 'La récupération a échoué et doit être recommencée.',
  4060004:
    'Le lien de récupération n’est pas valide ou a déjà été utilisé. Veuillez recommencer la procédure.',
  4060005: (context) =>
    `La procédure de récupération a expiré ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4060006: `Le code de récupération est incorrect ou a déjà été utilisé. ${TRY_AGAIN}`,
  // Verification errors
  4070001:
    'Le lien de vérification n’est pas valide ou a déjà été utilisé. Veuillez recommencer la procédure.',
  4070002: ALREADY_DONE,
  4070003: 'La vérification a échoué et doit être recommencée.',
  4070005: (context) =>
    `La procédure de vérification a expiré ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4070006: `Le code de vérification est incorrect ou a déjà été utilisé. ${TRY_AGAIN}`,
  // System
  5000001: '{reason}',
  5000002: 'Aucune méthode d’authentification n’est disponible. Veuillez contacter l’administrateur système.',
  5000003:
    'Votre organisation exige une authentification SSO, mais aucun fournisseur SSO n’est configuré. Veuillez contacter l’administrateur système.',
};

// The library's own words (headings, states, links): not Kratos messages, so no ids.
const texts: Required<OryTexts> = {
  loginTitle: 'Connexion',
  loginRefreshTitle: 'Confirmez votre identité',
  loginSecondFactorTitle: 'Deuxième facteur',
  registrationTitle: 'Créer un compte',
  settingsTitle: 'Paramètres du compte',
  recoveryTitle: 'Récupérer votre compte',
  verificationTitle: 'Vérifiez votre adresse e-mail',
  errorTitle: 'Une erreur est survenue',
  loading: 'Chargement…',
  tryAgain: 'Réessayer',
  startOver: 'Recommencer',
  unknownError: 'Une erreur est survenue.',
  formRenewedCsrf: 'Pour votre sécurité, le formulaire a été renouvelé. Veuillez le renvoyer.',
  formRenewed: 'Le formulaire a été renouvelé. Veuillez le renvoyer.',
  linksLabel: 'Autres options',
  loginRegistrationLink: 'Créer un compte',
  loginRecoveryLink: 'Mot de passe oublié\u202f?',
  registrationLoginLink: 'Vous avez déjà un compte\u202f? Connectez-vous',
  recoveryLoginLink: 'Retour à la connexion',
  errorLinksLabel: 'Étapes suivantes',
  errorLoginLink: 'Se connecter',
  errorHomeLink: 'Accueil',
  errorMissingId: 'Aucune erreur n’a été indiquée.',
  errorCode: (code, status) => `Erreur ${code}${status ? ` (${status})` : ''}`,
  signOut: 'Se déconnecter',
  settingsProfile: 'Profil',
  settingsPassword: 'Mot de passe',
  settingsTotp: 'Application d’authentification',
  settingsLookupSecret: 'Codes de secours',
  settingsWebauthn: 'Clés de sécurité',
  settingsPasskey: 'Clés d’accès',
  settingsOidc: 'Comptes associés',
  settingsSaml: 'Authentification unique',
  webauthnFailed:
    'La clé d’accès ou la clé de sécurité n’a pas répondu, ou la demande a été annulée. Veuillez réessayer.',
  webauthnUnavailable:
    'Les clés d’accès sont indisponibles pour le moment\u00a0: leur script ne s’est pas chargé. Rechargez la page ou choisissez un autre moyen.',
  networkError: 'Impossible de joindre le service. Vérifiez votre connexion et réessayez.',
  timeoutError: 'Le service n’a pas répondu à temps. Vérifiez votre connexion et réessayez.',
  abortedError: 'La requête a été annulée.',
  invalidResponseError: 'Le service ne répond pas correctement. Veuillez réessayer dans un instant.',
  restartFailedError: 'Impossible de relancer le formulaire. Veuillez recharger la page.',
};

export default { locale, translations, texts } satisfies LocaleModule;
