import { completeMethod } from '../aal';
import { HerodotError, ValidationError, type ValidationIssue } from '../errors';
import { submitFailure } from '../flows/flow';
import { messages } from '../messages';
import { inputNode, resetNodeValue, submitNode, upsertNode } from '../nodes';
import { flag, imageNode, requiredField, type SecondFactorStrategy, textNode } from './second-factor';
import { settingsCredentialGuard } from './settings-guard';
import { NOT_RESPONSIBLE, type SettingsStrategy } from './strategy';
import { newTotpKeyUrl, totpSecret, verifyTotp } from './totp-key';
import { qrPngDataUrl } from './totp-qr';

// Kratos' totp strategy (selfservice/strategy/totp): pair an authenticator app in settings, then answer its
// code as the second factor of an aal2 login.

/** PopulateLoginMethodSecondFactor / …Refresh: the code field and "Use Authenticator". */
export const totpLogin: SecondFactorStrategy = {
  id: 'totp',
  group: 'totp',

  populateSecondFactor(_ex, flow, identity) {
    if (!identity.totpUrl) return;
    upsertNode(
      flow.ui,
      inputNode({
        name: 'totp_code',
        type: 'text',
        group: 'totp',
        value: '',
        required: true,
        label: messages.loginTotpLabel(),
      }),
    );
    flow.ui.nodes.push(submitNode('totp', 'totp', messages.loginTotp()));
  },

  async login(ex, flow, body, identity) {
    if (body.method !== 'totp') return NOT_RESPONSIBLE;
    // handleLoginError: the code never stays in the form.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => resetNodeValue(flow.ui, 'totp_code'));
    const issues: ValidationIssue[] = [];
    const code = requiredField(body, 'totp_code', issues, 6);
    if (issues.length > 0 || code === undefined) return fail(new ValidationError(issues));
    checkCsrf(body.csrf_token);
    if (!identity.totpUrl) return fail(ValidationError.global(messages.noTotpDevice()));
    if (!verifyTotp(identity.totpUrl, code, ex.now())) {
      return fail(ValidationError.global(messages.totpVerifierWrong()));
    }
    flow.active = 'totp';
    return identity;
  },
};

/** PopulateSettingsMethod + Settings: a new key (QR, secret, code) until one is paired, then "Unlink". */
export const totpSettings: SettingsStrategy = {
  id: 'totp',
  group: 'totp',

  populate(ex, flow, identity) {
    if (!ex.options.methods.totp) return;
    if (identity.totpUrl) {
      upsertNode(
        flow.ui,
        inputNode({
          name: 'totp_unlink',
          type: 'submit',
          group: 'totp',
          value: 'true',
          required: true,
          label: messages.settingsTotpUnlink(),
        }),
      );
      return;
    }
    // The key waits in the flow (Kratos' internal_context) until a valid code pairs it.
    const keyUrl = newTotpKeyUrl(ex, identity);
    flow.secondFactorDraft = { ...flow.secondFactorDraft, totpUrl: keyUrl };
    upsertNode(flow.ui, imageNode('totp_qr', qrPngDataUrl(keyUrl), 'totp', messages.settingsTotpQr()));
    upsertNode(
      flow.ui,
      textNode(
        'totp_secret_key',
        messages.settingsTotpSecret(totpSecret(keyUrl)),
        'totp',
        messages.settingsTotpSecretLabel(),
      ),
    );
    upsertNode(
      flow.ui,
      inputNode({
        name: 'totp_code',
        type: 'text',
        group: 'totp',
        required: true,
        label: messages.labelVerifyOtp(),
      }),
    );
    flow.ui.nodes.push(submitNode('totp', 'totp', messages.labelSave()));
  },

  async update(ex, flow, session, body, resumed) {
    if (!ex.options.methods.totp) throw ValidationError.global(messages.settingsNoStrategy());
    const { fail, identity } = settingsCredentialGuard(ex, flow, session, body, resumed);

    if (identity.totpUrl) {
      // Paired already: only `totp_unlink` changes anything (continueSettingsFlowRemoveTOTP).
      const updated = structuredClone(identity);
      if (flag(body, 'totp_unlink')) {
        delete updated.totpUrl;
        updated.updatedAt = ex.now();
      }
      return { identity: updated };
    }

    const keyUrl = flow.secondFactorDraft?.totpUrl;
    if (!keyUrl) {
      return fail(
        new HerodotError(500, {
          reason:
            'Could not find they TOTP key in the internal context. This is a code bug and should be reported to https://github.com/ory/kratos/.',
        }),
      );
    }
    const code = typeof body.totp_code === 'string' ? body.totp_code : '';
    if (code === '') return fail(ValidationError.field('totp_code', messages.required('totp_code')));
    if (!verifyTotp(keyUrl, code, ex.now())) {
      return fail(ValidationError.field('totp_code', messages.totpVerifierWrong()));
    }
    const updated = structuredClone(identity);
    updated.totpUrl = keyUrl;
    updated.updatedAt = ex.now();
    delete flow.secondFactorDraft?.totpUrl;
    // "Since we added the method, it also means that we have authenticated it": the session reaches aal2.
    completeMethod(session, 'totp', 'aal2', ex.now());
    return { identity: updated };
  },
};
