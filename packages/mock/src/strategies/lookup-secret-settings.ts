import { completeMethod } from '../aal';
import { randomBytes } from '../crypto';
import { HerodotError, ValidationError } from '../errors';
import { refreshCsrfNode } from '../flows/flow';
import { ReturnToUi } from '../flows/settings-return-to-ui';
import { messages } from '../messages';
import { inputNode, nodeName, removeNodes, upsertNode } from '../nodes';
import type { FlowRecord, LookupSecretRecord } from '../store';
import type { UiNode, UiText } from '../types';
import { flag, textNode } from './second-factor';
import { settingsCredentialGuard } from './settings-guard';
import type { SettingsStrategy } from './strategy';

// Kratos' lookup_secret strategy in settings (selfservice/strategy/lookup/settings.go): generate 12 backup codes,
// confirm them to save, reveal them later (used ones as 1050014), regenerate, or disable the method.

const CODE_COUNT = 12;
const CODE_LENGTH = 8;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const NODE_NAMES = [
  'lookup_secret_regenerate',
  'lookup_secret_reveal',
  'lookup_secret_disable',
  'lookup_secret_codes',
  'lookup_secret_confirm',
];

/** randx.MustString(8, randx.AlphaLowerNum), without modulo bias. */
function newCode(): string {
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of randomBytes(CODE_LENGTH)) {
      if (byte < 252 && code.length < CODE_LENGTH) code += ALPHABET[byte % ALPHABET.length];
    }
  }
  return code;
}

const button = (name: string, label: UiText) =>
  inputNode({ name, type: 'submit', group: 'lookup_secret', value: 'true', label });

/** CredentialsLookupConfig.ToNode: the codes as 1050009 messages, used ones as 1050014, in a 1050015 list. */
function codesNode(secrets: LookupSecretRecord[]) {
  const items = secrets.map((s) =>
    s.usedAt === undefined
      ? messages.settingsLookupSecret(s.code)
      : messages.settingsLookupSecretUsed(s.usedAt),
  );
  const formatted = secrets.map((s) => (s.usedAt === undefined ? s.code : 'used'));
  return textNode(
    'lookup_secret_codes',
    messages.settingsLookupSecretList(formatted, items),
    'lookup_secret',
    messages.settingsLookupSecretsLabel(),
  );
}

function showOnly(flow: FlowRecord, ...nodes: UiNode[]): void {
  removeNodes(flow.ui, (node) => NODE_NAMES.includes(nodeName(node)));
  for (const node of nodes) upsertNode(flow.ui, node);
}

export const lookupSecretSettings: SettingsStrategy = {
  id: 'lookup_secret',
  group: 'lookup_secret',

  populate(ex, flow, identity) {
    if (!ex.options.methods.lookup_secret) return;
    if (identity.lookupSecrets?.length) {
      upsertNode(flow.ui, button('lookup_secret_reveal', messages.settingsLookupReveal()));
      upsertNode(flow.ui, button('lookup_secret_disable', messages.settingsLookupDisable()));
    } else {
      upsertNode(flow.ui, button('lookup_secret_regenerate', messages.settingsLookupRegenerate()));
    }
  },

  async update(ex, flow, session, body, resumed) {
    const confirm = flag(body, 'lookup_secret_confirm');
    const reveal = flag(body, 'lookup_secret_reveal');
    const disable = flag(body, 'lookup_secret_disable');
    const regenerate = flag(body, 'lookup_secret_regenerate');
    // Without one of its four buttons the strategy is not responsible, and no other one is either.
    if (!ex.options.methods.lookup_secret || !(confirm || reveal || disable || regenerate)) {
      throw ValidationError.global(messages.settingsNoStrategy());
    }
    const { fail, identity } = settingsCredentialGuard(ex, flow, session, body, resumed);
    refreshCsrfNode(ex, flow);

    if (confirm) {
      const codes = flow.secondFactorDraft?.lookupCodes;
      if (codes?.length !== CODE_COUNT) {
        return fail(
          new HerodotError(400, {
            reason: 'You must (re-)generate recovery backup codes before you can save them.',
          }),
        );
      }
      const updated = structuredClone(identity);
      updated.lookupSecrets = codes.map((code) => ({ code }));
      updated.updatedAt = ex.now();
      delete flow.secondFactorDraft?.lookupCodes;
      completeMethod(session, 'lookup_secret', 'aal2', ex.now());
      return { identity: updated };
    }
    if (reveal) {
      if (!identity.lookupSecrets?.length) {
        return fail(new HerodotError(400, { reason: 'Can not reveal lookup codes because you have none.' }));
      }
      showOnly(
        flow,
        codesNode(identity.lookupSecrets),
        button('lookup_secret_disable', messages.settingsLookupDisable()),
        button('lookup_secret_regenerate', messages.settingsLookupRegenerate()),
      );
      throw new ReturnToUi();
    }
    if (disable) {
      const updated = structuredClone(identity);
      delete updated.lookupSecrets;
      updated.updatedAt = ex.now();
      showOnly(flow, button('lookup_secret_regenerate', messages.settingsLookupRegenerate()));
      delete flow.secondFactorDraft?.lookupCodes;
      return { identity: updated };
    }
    // Regenerate: shown with a confirm button, stored only once confirmed.
    const codes = Array.from({ length: CODE_COUNT }, newCode);
    flow.secondFactorDraft = { ...flow.secondFactorDraft, lookupCodes: codes };
    showOnly(
      flow,
      codesNode(codes.map((code) => ({ code }))),
      button('lookup_secret_confirm', messages.settingsLookupConfirm()),
    );
    throw new ReturnToUi();
  },
};
