import { PrivilegedSessionRequired, ValidationError } from '../errors';
import { submitFailure } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import type { Exchange } from '../http';
import { messages } from '../messages';
import { requireProvider } from '../oidc/providers';
import { redirectToProvider } from '../oidc/round-trip';
import { isPrivileged } from '../session';
import type { IdentityRecord } from '../store';
import { isMethodEnabled } from './enabled-methods';
import { countFirstFactorCredentials } from './first-factor-count';
import { linkNode, removeLinkNodes } from './oidc-nodes';
import { showTraitValues } from './settings-profile';
import type { SettingsStrategy } from './strategy';

// Kratos' oidc strategy in settings: "Link <provider>" for every provider not linked yet, "Unlink <provider>"
// for linked ones — but only while the identity has another way to sign in. Linking goes through the provider
// (the callback stores the credential); unlinking is immediate. Both need a privileged session.

const generic = (reason: string) => ValidationError.global(messages.validationGeneric(reason));
const LINK_AND_UNLINK = 'it is not possible to link and unlink providers in the same request';
const NOT_LINKABLE = 'can not link unknown or already existing OpenID Connect connection';
const NOT_LINKED = 'can not unlink non-existing OpenID Connect connection';
const LAST_CREDENTIAL =
  'can not unlink OpenID Connect connection because it is the last remaining first factor credential';

/** A provider the identity may link: configured, and not linked yet (isLinkable). */
export function assertLinkable(ex: Exchange, identity: IdentityRecord, providerId: string): void {
  const linked = (identity.oidcCredentials ?? []).some((c) => c.provider === providerId);
  if (linked || !ex.options.oidcProviders.some((p) => p.id === providerId)) throw generic(NOT_LINKABLE);
}

export const oidcSettings: SettingsStrategy = {
  id: 'oidc',
  group: 'oidc',

  populate(ex, flow, identity) {
    if (!isMethodEnabled(ex, 'oidc')) return;
    removeLinkNodes(flow);
    const linked = new Set((identity.oidcCredentials ?? []).map((c) => c.provider));
    const canUnlink = countFirstFactorCredentials(ex, identity) > 1;
    // In the providers' configured order, as Kratos' snapshots show them.
    for (const provider of ex.options.oidcProviders) {
      if (!linked.has(provider.id)) {
        flow.ui.nodes.push(linkNode('link', provider, messages.settingsLinkOidc(provider.label)));
      } else if (canUnlink) {
        flow.ui.nodes.push(linkNode('unlink', provider, messages.settingsUnlinkOidc(provider.label)));
      }
    }
  },

  async update(ex, flow, session, body, resumed) {
    const identity = ex.store.identities.get(session.identityId);
    // handleSettingsError: the profile form shows the stored traits again, the CSRF token is re-masked.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => {
      if (identity) showTraitValues(ex, flow, identity.traits);
    });
    if (!isMethodEnabled(ex, 'oidc') || !identity)
      return fail(ValidationError.global(messages.settingsNoStrategy()));
    if (!resumed) {
      checkCsrf(body.csrf_token);
    }
    const link = bodyString(body, 'link');
    const unlink = bodyString(body, 'unlink');
    if (link !== '' && unlink !== '') return fail(generic(LINK_AND_UNLINK));
    if (link !== '') {
      try {
        assertLinkable(ex, identity, link);
        requireProvider(ex, link);
      } catch (error) {
        return fail(error);
      }
      if (!isPrivileged(ex, session)) return fail(new PrivilegedSessionRequired());
      throw redirectToProvider(ex, flow, link, undefined);
    }
    if (unlink === '') return fail(ValidationError.global(messages.settingsNoStrategy()));
    if (!isPrivileged(ex, session)) return fail(new PrivilegedSessionRequired());
    if (countFirstFactorCredentials(ex, identity) < 2) return fail(generic(LAST_CREDENTIAL));
    const remaining = (identity.oidcCredentials ?? []).filter((c) => c.provider !== unlink);
    if (remaining.length === (identity.oidcCredentials ?? []).length) return fail(generic(NOT_LINKED));
    const updated = structuredClone(identity);
    updated.oidcCredentials = remaining;
    updated.updatedAt = ex.now();
    return { identity: updated };
  },
};
