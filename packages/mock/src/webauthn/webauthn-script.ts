// The WebAuthn script the mock serves at /.well-known/ory/webauthn.js, written for this project (Kratos serves
// its own at that path). It defines the window functions Kratos' nodes name in `onclickTrigger` / `onloadTrigger`
// (x/webauthnx/js/trigger.go), reads the ceremony options from the nodes, runs navigator.credentials, writes the
// JSON result into the method's hidden input and submits that input's form — which a headless renderer routes
// into its own submit. Plain ES2019 for every browser the library supports: no optional chaining, no `??`, no
// template literals (the source lives in one), no modules.

export const WEBAUTHN_SCRIPT_PATH = '/.well-known/ory/webauthn.js';

export const WEBAUTHN_SCRIPT = String.raw`/* @headless-ory/mock WebAuthn and passkey script */
(function () {
  'use strict';

  function toBuffer(value) {
    var base64 = String(value).replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4 !== 0) base64 += '=';
    var binary = window.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
  }

  function toBase64Url(buffer) {
    if (!buffer) return undefined;
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return window.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function field(name) {
    return document.querySelector('[name="' + name + '"]');
  }

  function readJson(name) {
    var element = field(name);
    if (!element || !element.value) throw new Error(name + ' carries no WebAuthn options');
    return JSON.parse(element.value);
  }

  // Kratos sends go-webauthn's {"publicKey": {...}}; a bare options object is accepted too.
  function publicKeyOf(options) {
    return options && options.publicKey ? options.publicKey : options;
  }

  function withIds(list) {
    if (!Array.isArray(list)) return list;
    return list.map(function (descriptor) {
      return Object.assign({}, descriptor, { id: toBuffer(descriptor.id) });
    });
  }

  function creationOptions(options) {
    var publicKey = Object.assign({}, publicKeyOf(options));
    publicKey.challenge = toBuffer(publicKey.challenge);
    publicKey.user = Object.assign({}, publicKey.user, { id: toBuffer(publicKey.user.id) });
    if (publicKey.excludeCredentials) publicKey.excludeCredentials = withIds(publicKey.excludeCredentials);
    return publicKey;
  }

  function requestOptions(options) {
    var publicKey = Object.assign({}, publicKeyOf(options));
    publicKey.challenge = toBuffer(publicKey.challenge);
    if (publicKey.allowCredentials) publicKey.allowCredentials = withIds(publicKey.allowCredentials);
    return publicKey;
  }

  function extensionResults(credential) {
    return typeof credential.getClientExtensionResults === 'function'
      ? credential.getClientExtensionResults()
      : {};
  }

  function registrationJson(credential) {
    var response = credential.response;
    var json = {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      type: credential.type,
      response: {
        clientDataJSON: toBase64Url(response.clientDataJSON),
        attestationObject: toBase64Url(response.attestationObject)
      },
      clientExtensionResults: extensionResults(credential)
    };
    if (typeof response.getTransports === 'function') json.response.transports = response.getTransports();
    if (credential.authenticatorAttachment) json.authenticatorAttachment = credential.authenticatorAttachment;
    return json;
  }

  function assertionJson(credential) {
    var response = credential.response;
    var json = {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      type: credential.type,
      response: {
        clientDataJSON: toBase64Url(response.clientDataJSON),
        authenticatorData: toBase64Url(response.authenticatorData),
        signature: toBase64Url(response.signature)
      },
      clientExtensionResults: extensionResults(credential)
    };
    if (response.userHandle) json.response.userHandle = toBase64Url(response.userHandle);
    if (credential.authenticatorAttachment) json.authenticatorAttachment = credential.authenticatorAttachment;
    return json;
  }

  // The result goes into the method's hidden input; submitting that input's form is what Kratos' own script
  // does too (a renderer may route form.submit() into its own handler).
  function submitResult(name, result) {
    var input = field(name);
    if (!input) throw new Error('no input named ' + name + ' to put the WebAuthn result in');
    input.value = JSON.stringify(result);
    var form = input.form || input.closest('form');
    if (!form) throw new Error(name + ' is not inside a form');
    form.submit();
  }

  function requireWebAuthn() {
    if (!window.PublicKeyCredential || !navigator.credentials) {
      throw new Error('This browser does not support WebAuthn.');
    }
  }

  // Only one navigator.credentials.get() may be pending: a click cancels the waiting passkey autofill.
  var autofill = null;

  function cancelAutofill() {
    if (autofill) autofill.abort();
    autofill = null;
  }

  function isAbort(error) {
    return Boolean(error) && error.name === 'AbortError';
  }

  // The trigger buttons of security keys carry their options as value (and in the legacy onclick call).
  function triggerOptions(given, triggerName) {
    if (given) return given;
    return readJson(triggerName);
  }

  async function webAuthnLogin(options) {
    requireWebAuthn();
    var publicKey = requestOptions(triggerOptions(options, 'webauthn_login_trigger'));
    var credential = await navigator.credentials.get({ publicKey: publicKey });
    submitResult('webauthn_login', assertionJson(credential));
  }

  async function webAuthnRegistration(options) {
    requireWebAuthn();
    var publicKey = creationOptions(triggerOptions(options, 'webauthn_register_trigger'));
    var credential = await navigator.credentials.create({ publicKey: publicKey });
    submitResult('webauthn_register', registrationJson(credential));
  }

  // passkey_create_data: {credentialOptions, displayNameFieldName, displayNameFieldNames}. At registration the
  // name the authenticator shows is what the user typed in that trait; in settings the options carry it already.
  function displayNameFrom(data) {
    var names = [];
    if (Array.isArray(data.displayNameFieldNames)) names = names.concat(data.displayNameFieldNames);
    if (data.displayNameFieldName) names.push(data.displayNameFieldName);
    for (var i = 0; i < names.length; i++) {
      var element = field(names[i]);
      if (element) return element;
    }
    return null;
  }

  async function passkeyCreate(resultName) {
    requireWebAuthn();
    var data = readJson('passkey_create_data');
    var publicKey = creationOptions(data.credentialOptions);
    var nameField = displayNameFrom(data);
    if (nameField) {
      if (!nameField.value) {
        // Nothing to name the passkey after yet: point at the empty field instead of asking the authenticator.
        if (typeof nameField.focus === 'function') nameField.focus();
        if (typeof nameField.reportValidity === 'function') nameField.reportValidity();
        return;
      }
      publicKey.user = Object.assign({}, publicKey.user, { name: nameField.value, displayName: nameField.value });
    }
    var credential = await navigator.credentials.create({ publicKey: publicKey });
    submitResult(resultName, registrationJson(credential));
  }

  function passkeyRegistration() {
    return passkeyCreate('passkey_register');
  }

  function passkeySettingsRegistration() {
    return passkeyCreate('passkey_settings_register');
  }

  async function passkeyLogin() {
    requireWebAuthn();
    cancelAutofill();
    var publicKey = requestOptions(readJson('passkey_challenge'));
    var credential = await navigator.credentials.get({ publicKey: publicKey });
    submitResult('passkey_login', assertionJson(credential));
  }

  // Conditional mediation: the browser offers the passkeys in the identifier field's autofill
  // (autocomplete="username webauthn") and resolves once the user picks one.
  async function passkeyLoginAutocompleteInit() {
    if (!window.PublicKeyCredential || !navigator.credentials) return;
    var check = window.PublicKeyCredential.isConditionalMediationAvailable;
    if (typeof check !== 'function') return;
    if (!(await check.call(window.PublicKeyCredential))) return;
    cancelAutofill();
    var controller = new AbortController();
    autofill = controller;
    var publicKey = requestOptions(readJson('passkey_challenge'));
    try {
      var credential = await navigator.credentials.get({
        publicKey: publicKey,
        mediation: 'conditional',
        signal: controller.signal
      });
      if (autofill === controller) autofill = null;
      submitResult('passkey_login', assertionJson(credential));
    } catch (error) {
      if (autofill === controller) autofill = null;
      if (!isAbort(error)) throw error;
    }
  }

  var functions = {
    oryWebAuthnLogin: webAuthnLogin,
    oryWebAuthnRegistration: webAuthnRegistration,
    oryPasskeyLogin: passkeyLogin,
    oryPasskeyLoginAutocompleteInit: passkeyLoginAutocompleteInit,
    oryPasskeyRegistration: passkeyRegistration,
    oryPasskeySettingsRegistration: passkeySettingsRegistration
  };
  Object.keys(functions).forEach(function (name) {
    window[name] = functions[name];
    // The names before Kratos v1.3, still read by Ory Elements v0.
    window['__' + name] = functions[name];
  });
  window.__oryWebAuthnInitialized = true;
  window.dispatchEvent(new Event('oryWebAuthnInitialized'));
})();
`;

/**
 * `sha512-<base64>` of exactly the bytes served (UTF-8 of WEBAUTHN_SCRIPT), for the script node's `integrity`.
 * A constant, because nodes are built synchronously and Web Crypto's digest is async; webauthn-script.test.ts
 * recomputes it and fails (printing the new value) whenever the script changes.
 */
export const WEBAUTHN_SCRIPT_INTEGRITY =
  'sha512-oTn4TBanngvksdRuAPooKSUHrO/wwar4SrWe5CkdIv18H7hpAoJGWbEeOPcUGMhJ03SNdQ4VMp/5Yx4mkARBww==';
