import { createLocaleFormatters } from '../locale-formatters';
import type { OryTexts } from '../texts';
import type { LocaleModule, Translations } from '../types';

// Spanish (Spain-neutral), informal address ("tú") as most sign-in screens use.
const locale = 'es';
const format = createLocaleFormatters(locale);

const credentialTypes: Record<string, string> = {
  password: 'tu contraseña',
  oidc: 'una red social',
  webauthn: 'tu llave de acceso o una llave de seguridad',
  passkey: 'tu llave de acceso',
  code: 'un código de un solo uso',
};

const CHECK_ADDRESS =
  'Si no lo has recibido, revisa que la dirección esté bien escrita y que sea la que usaste al registrarte.';
const TRY_AGAIN = 'Vuelve a intentarlo.';
const ALREADY_DONE = 'La solicitud ya se completó correctamente y no se puede repetir.';
const FORM_CORRECT = '¿Rellenaste bien el formulario?';

const translations: Translations = {
  // Login
  1010001: 'Iniciar sesión',
  1010002: 'Iniciar sesión con {provider}',
  1010003: 'Confirma esta acción verificando tu identidad.',
  1010004: 'Completa el segundo paso de autenticación.',
  1010005: 'Verificar',
  1010006: 'Código de autenticación',
  1010007: 'Código de respaldo',
  1010008: 'Iniciar sesión con una llave de hardware',
  1010009: 'Usar la app de autenticación',
  1010010: 'Usar un código de respaldo',
  1010011: 'Iniciar sesión con una llave de hardware',
  1010012:
    'Ten a mano tu dispositivo WebAuthn (p. ej., una llave de seguridad o un lector biométrico) y pulsa «Continuar».',
  1010013: 'Continuar',
  1010014:
    'Hemos enviado un código a la dirección que indicaste. Si no lo has recibido, revisa que la dirección esté bien escrita y vuelve a intentarlo.',
  1010015: 'Enviar código de inicio de sesión',
  1010016:
    'Intentaste iniciar sesión con «{duplicate_identifier}», pero ese correo ya lo usa otra cuenta. Inicia sesión en tu cuenta con una de las opciones siguientes para añadir «{duplicate_identifier}» en «{provider}» como otra forma de iniciar sesión.',
  1010017: 'Iniciar sesión y vincular',
  1010018: 'Confirmar con {provider}',
  1010019: 'Solicitar un código para continuar',
  1010021: 'Iniciar sesión con llave de acceso',
  1010022: 'Iniciar sesión con contraseña',
  1010023: 'Enviar código a {address}',
  1010024: 'Iniciar sesión con una llave de hardware',
  1010025: 'Hemos enviado un código a tu dirección. Si no lo has recibido, vuelve a intentarlo.',
  // Registration
  1040001: 'Registrarse',
  1040002: 'Registrarse con {provider}',
  1040003: 'Continuar',
  1040004: 'Registrarse con llave de seguridad',
  1040005:
    'Hemos enviado un código a la(s) dirección(es) que indicaste. Si no has recibido ningún mensaje, revisa que la dirección esté bien escrita y vuelve a registrarte.',
  1040006: 'Enviar código de registro',
  1040007: 'Registrarse con llave de acceso',
  1040008: 'Atrás',
  1040009: 'Elige cómo quieres identificarte.',
  // Settings
  1050001: '¡Se han guardado los cambios!',
  1050002: 'Vincular {provider}',
  1050003: 'Desvincular {provider}',
  1050004: 'Desvincular la app de autenticación (TOTP)',
  1050005: 'Código QR de la app de autenticación',
  1050006: '{secret}',
  1050007: 'Mostrar códigos de respaldo',
  1050008: 'Generar nuevos códigos de respaldo',
  1050009: '{secret}',
  1050010: 'Estos son tus códigos de respaldo. ¡Guárdalos en un lugar seguro!',
  1050011: 'Confirmar códigos de respaldo',
  1050012: 'Añadir llave de seguridad',
  1050013: 'Nombre de la llave de seguridad',
  1050014: (context) => `Usado el ${format.date(context.used_at)}`,
  1050015: '{secrets}',
  1050016: 'Desactivar este método',
  1050017: 'Esta es la clave secreta de tu app de autenticación. Úsala si no puedes escanear el código QR.',
  1050018: 'Eliminar la llave de seguridad «{display_name}»',
  1050019: 'Añadir llave de acceso',
  1050020: 'Eliminar la llave de acceso «{display_name}»',
  1050023:
    'Tu organización administra tu cuenta. Para cambiar esta configuración, ponte en contacto con el administrador de tu organización.',
  // Recovery
  1060001: (context) =>
    `Has recuperado tu cuenta. Cambia tu contraseña o configura otro método de inicio de sesión (p. ej., con una red social) en un plazo de ${format.timeLeft(context.privileged_session_expires_at)}.`,
  1060002: `Hemos enviado un correo con un enlace de recuperación a la dirección que indicaste. ${CHECK_ADDRESS}`,
  1060003: `Hemos enviado un correo con un código de recuperación a la dirección que indicaste. ${CHECK_ADDRESS}`,
  1060004: `Hemos enviado un código de recuperación a {masked_address}. ${CHECK_ADDRESS}`,
  1060005: 'Para recuperar el acceso a tu cuenta, introduce tu dirección de recuperación completa.',
  1060006: '¿Cómo quieres recuperar tu cuenta?',
  1060007: 'Atrás',
  // Field labels
  1070001: 'Contraseña',
  1070002: '{title}',
  1070003: 'Guardar',
  1070004: 'ID',
  1070005: 'Enviar',
  1070006: 'Verificar código',
  1070007: 'Correo electrónico',
  1070008: 'Reenviar código',
  1070009: 'Continuar',
  1070010: 'Código de recuperación',
  1070011: 'Código de verificación',
  1070012: 'Código de registro',
  1070013: 'Código de inicio de sesión',
  1070014: 'Iniciar sesión y vincular credencial',
  1070015: 'Completa el captcha para continuar.',
  1070016: 'Dirección de recuperación',
  1070017: 'Número de teléfono',
  1070018: 'Correo electrónico o número de teléfono',
  // Verification
  1080001: `Hemos enviado un correo con un enlace de verificación a la dirección que indicaste. ${CHECK_ADDRESS}`,
  1080002: 'Has verificado tu dirección de correo electrónico.',
  1080003: `Hemos enviado un correo con un código de verificación a la dirección que indicaste. ${CHECK_ADDRESS}`,
  1080004:
    'Hemos enviado un SMS con un código de verificación al número de teléfono que indicaste. Si no lo has recibido, revisa que el número esté bien escrito y que sea el que usaste al registrarte.',
  1080005: 'Has verificado tu número de teléfono.',
  // Validation
  4000001: '{reason}',
  4000002: 'Falta el campo «{property}».',
  4000003: 'Debe tener al menos {min_length} caracteres, pero tiene {actual_length}.',
  4000004: 'No coincide con el patrón «{pattern}».',
  4000005: 'No se puede usar la contraseña: {reason}.',
  4000006:
    'Las credenciales no son válidas. Revisa que la contraseña y el nombre de usuario, correo electrónico o número de teléfono estén bien escritos.',
  4000007:
    'Ya existe una cuenta con el mismo identificador (correo electrónico, teléfono, nombre de usuario…).',
  4000008: `El código de autenticación no es válido. ${TRY_AGAIN}`,
  4000009:
    'No se encontró ningún identificador de inicio de sesión. ¿Olvidaste indicarlo? También puede deberse a un error de configuración del servidor.',
  4000010: 'La cuenta aún no está activa. ¿Has verificado tu dirección de correo electrónico?',
  4000011: 'No tienes configurada ninguna app de autenticación.',
  4000012: 'Este código de respaldo ya se ha usado.',
  4000013: 'No tienes configurado ningún dispositivo WebAuthn.',
  4000014: 'No tienes configurado ningún código de respaldo.',
  4000015: 'Esta cuenta no existe o no tiene configurada ninguna llave de seguridad.',
  4000016: 'El código de respaldo no es válido.',
  4000017: 'Debe tener como máximo {max_length} caracteres, pero tiene {actual_length}.',
  4000018: 'Debe ser mayor o igual que {minimum}, pero es {actual}.',
  4000019: 'Debe ser mayor que {minimum}, pero es {actual}.',
  4000020: 'Debe ser menor o igual que {maximum}, pero es {actual}.',
  4000021: 'Debe ser menor que {maximum}, pero es {actual}.',
  4000022: '{actual} no es múltiplo de {base}.',
  4000023: 'Se permiten como máximo {max_items} elementos, pero hay {actual_items}.',
  4000024: 'Se necesitan al menos {min_items} elementos, pero hay {actual_items}.',
  4000025: 'Los elementos de las posiciones {index_a} y {index_b} son iguales.',
  4000026: (context) =>
    `Se esperaba ${format.list(context.allowed_types, 'disjunction')}, pero se recibió ${String(context.actual_type)}.`,
  4000027:
    'Ya existe una cuenta con el mismo identificador (correo electrónico, teléfono, nombre de usuario…). Inicia sesión en tu cuenta para vincular tu perfil social.',
  4000028: (context) => {
    const identifier = context.credential_identifier_hint
      ? `El identificador «${String(context.credential_identifier_hint)}»`
      : 'Este identificador';
    const types = (context.available_credential_types ?? []) as string[];
    const providers = (context.available_oidc_providers ?? []) as string[];
    let text = `${identifier} ya lo usa otra cuenta.`;
    if (types.length > 0) {
      text += ` Puedes iniciar sesión con ${format.list(
        types.map((type) => credentialTypes[type] ?? type),
        'disjunction',
      )}.`;
    }
    if (providers.length > 0) {
      text += ` Puedes iniciar sesión con uno de estos proveedores: ${format.list(providers, 'disjunction')}.`;
    }
    return text;
  },
  4000029: 'Debe ser exactamente «{expected}».',
  4000030: 'El valor no coincide con el esperado.',
  4000031: 'No se puede usar la contraseña porque se parece demasiado al identificador.',
  4000032: 'La contraseña debe tener al menos {min_length} caracteres, pero tiene {actual_length}.',
  4000033: 'La contraseña debe tener como máximo {max_length} caracteres, pero tiene {actual_length}.',
  4000034: 'Esta contraseña aparece en filtraciones de datos y ya no se puede usar.',
  4000035: 'Esta cuenta no existe o no tiene configurado el inicio de sesión con código.',
  4000036: 'Los datos indicados no coinciden con los asociados anteriormente a este proceso.',
  4000037: 'Esta cuenta no existe o no tiene configurado ningún método de inicio de sesión.',
  4000038: `La verificación del captcha ha fallado. ${TRY_AGAIN}`,
  4000039: 'La nueva contraseña debe ser distinta de la anterior.',
  4000040: 'Introduce una dirección de correo electrónico válida.',
  4000041: 'Introduce un número de teléfono válido.',
  4000042: 'No tienes configurado ningún dispositivo DeviceAuthn.',
  4000043: `El inicio de sesión con WebAuthn no es válido. ${TRY_AGAIN}`,
  4000044: 'La firma DeviceAuthn no es válida.',
  4000045:
    'Esta llave DeviceAuthn ya no se puede usar porque la atestación flexible ha caducado o está desactivada. Vuelve a registrar tu dispositivo.',
  4000046:
    'Esta llave DeviceAuthn se registró antes de que se introdujera la verificación de usuario y ya no se puede usar. Vuelve a registrar tu dispositivo.',
  // Login errors (4010003–6: no strategy in the other flows)
  4010001: (context) =>
    `El proceso de inicio de sesión caducó ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4010002: `No se encontró ningún método para iniciar sesión. ${FORM_CORRECT}`,
  4010003: `No se encontró ningún método para registrarte. ${FORM_CORRECT}`,
  4010004: `No se encontró ningún método para actualizar tu configuración. ${FORM_CORRECT}`,
  4010005: `No se encontró ningún método para recuperar tu cuenta. ${FORM_CORRECT}`,
  4010006: `No se encontró ningún método para verificar tu cuenta. ${FORM_CORRECT}`,
  4010007: ALREADY_DONE,
  4010008: `El código de inicio de sesión no es válido o ya se ha usado. ${TRY_AGAIN}`,
  4010009: 'Las credenciales vinculadas no coinciden.',
  4010010: 'La dirección que introdujiste no coincide con ninguna dirección de esta cuenta.',
  4010011: 'Esta cuenta está desactivada. Ponte en contacto con el servicio de asistencia.',
  // Registration errors
  4040001: (context) => `El proceso de registro caducó ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4040002: ALREADY_DONE,
  4040003: `El código de registro no es válido o ya se ha usado. ${TRY_AGAIN}`,
  // Settings errors
  4050001: (context) => `El proceso de configuración caducó ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4050002: 'Solo puedes cambiar una dirección a la vez. Actualiza cada dirección por separado.',
  // Recovery errors
  4060001: ALREADY_DONE,
  4060002: 'La recuperación ha fallado y debe empezar de nuevo.',
  4060004: 'El enlace de recuperación no es válido o ya se ha usado. Vuelve a empezar el proceso.',
  4060005: (context) => `El proceso de recuperación caducó ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4060006: `El código de recuperación no es válido o ya se ha usado. ${TRY_AGAIN}`,
  // Verification errors
  4070001: 'El enlace de verificación no es válido o ya se ha usado. Vuelve a empezar el proceso.',
  4070002: ALREADY_DONE,
  4070003: 'La verificación ha fallado y debe empezar de nuevo.',
  4070005: (context) => `El proceso de verificación caducó ${format.ago(context.expired_at)}. ${TRY_AGAIN}`,
  4070006: `El código de verificación no es válido o ya se ha usado. ${TRY_AGAIN}`,
  // System
  5000001: '{reason}',
  5000002:
    'No hay ningún método de autenticación disponible. Ponte en contacto con el administrador del sistema.',
  5000003:
    'Tu organización exige autenticación SSO, pero no hay ningún proveedor SSO configurado. Ponte en contacto con el administrador del sistema.',
};

// The library's own words (headings, states, links): not Kratos messages, so no ids.
const texts: Required<OryTexts> = {
  loginTitle: 'Iniciar sesión',
  loginRefreshTitle: 'Confirma tu identidad',
  loginSecondFactorTitle: 'Segundo factor',
  registrationTitle: 'Crear una cuenta',
  settingsTitle: 'Configuración de la cuenta',
  recoveryTitle: 'Recuperar tu cuenta',
  verificationTitle: 'Verifica tu correo electrónico',
  errorTitle: 'Algo salió mal',
  loading: 'Cargando…',
  tryAgain: 'Volver a intentarlo',
  startOver: 'Empezar de nuevo',
  unknownError: 'Algo salió mal.',
  formRenewedCsrf: 'Por tu seguridad, el formulario se ha renovado. Vuelve a enviarlo.',
  formRenewed: 'El formulario se ha renovado. Vuelve a enviarlo.',
  linksLabel: 'Otras opciones',
  loginRegistrationLink: 'Crear una cuenta',
  loginRecoveryLink: '¿Olvidaste tu contraseña?',
  registrationLoginLink: '¿Ya tienes una cuenta? Inicia sesión',
  recoveryLoginLink: 'Volver al inicio de sesión',
  errorLinksLabel: 'Siguientes pasos',
  errorLoginLink: 'Iniciar sesión',
  errorHomeLink: 'Inicio',
  errorMissingId: 'No se indicó ningún error.',
  errorCode: (code, status) => `Error ${code}${status ? ` (${status})` : ''}`,
  signOut: 'Cerrar sesión',
  settingsProfile: 'Perfil',
  settingsPassword: 'Contraseña',
  settingsTotp: 'App de autenticación',
  settingsLookupSecret: 'Códigos de respaldo',
  settingsWebauthn: 'Llaves de seguridad',
  settingsPasskey: 'Llaves de acceso',
  settingsOidc: 'Cuentas vinculadas',
  settingsSaml: 'Inicio de sesión único',
  webauthnFailed:
    'La passkey o la llave de seguridad no respondió, o se canceló la solicitud. Inténtalo de nuevo.',
  webauthnUnavailable:
    'Ahora mismo no se pueden usar passkeys: su script no se cargó. Recarga la página o elige otra forma.',
  networkError: 'No se pudo conectar con el servicio. Comprueba tu conexión y vuelve a intentarlo.',
  timeoutError: 'El servicio no respondió a tiempo. Comprueba tu conexión y vuelve a intentarlo.',
  abortedError: 'Se canceló la solicitud.',
  invalidResponseError: 'El servicio no responde correctamente. Vuelve a intentarlo en un momento.',
  restartFailedError: 'No se pudo reiniciar el formulario. Recarga la página.',
};

export default { locale, translations, texts } satisfies LocaleModule;
