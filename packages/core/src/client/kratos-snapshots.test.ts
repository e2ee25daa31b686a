// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  kratosSnapshotsAvailable,
  kratosSnapshotsDir,
  listFixtures,
  nodesOf,
} from '../test-utils/kratos-fixtures';
import { carryValues, classify, restartParams } from './index';
import type { Flow, UiNodeInputAttributes } from './types';

const available = kratosSnapshotsAvailable();
const files = available ? listFixtures() : [];
const read = (file: string): unknown => JSON.parse(readFileSync(join(kratosSnapshotsDir, file), 'utf8'));
const fullFlows = files
  .map((file) => [file, read(file)] as const)
  .filter((entry): entry is readonly [string, Flow] => {
    const value = entry[1] as Record<string, unknown> | null;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'ui' in value;
  });

const TYPED = 'typed-by-the-user';
const neverCarried =
  /^(csrf_token|method|code|totp_code|lookup_secret|password|screen|resend)$|^(webauthn_|passkey_|totp_|lookup_secret_)/;

describe.skipIf(!available)("the client over Kratos' own fixtures (../shared/kratos/snapshots)", () => {
  it('should find the complete flow objects', () => {
    expect(fullFlows.length).toBe(65);
  });

  it.each(fullFlows)('should read %s as a flow on 200 and on 400', (_file, flow) => {
    expect(classify(200, flow, { flowType: 'login', phase: 'get' })).toMatchObject({ kind: 'flow', flow });
    expect(classify(400, flow, { flowType: 'login', phase: 'submit' })).toMatchObject({ kind: 'flow', flow });
  });

  it.each(fullFlows)('should derive restart parameters from %s without throwing', (_file, flow) => {
    const params = restartParams(flow);
    const known = [
      'returnTo',
      'refresh',
      'aal',
      'loginChallenge',
      'organization',
      'via',
      'identitySchema',
      'returnSessionTokenExchangeCode',
      'afterVerificationReturnTo',
      'skipSettings',
    ];
    expect(Object.keys(params).every((key) => known.includes(key))).toBe(true);
  });

  it('should never carry a secret into any node of any fixture', () => {
    let carried = 0;
    for (const file of files) {
      const nodes = nodesOf(read(file));
      if (nodes.length === 0) continue;
      const names = nodes.map((node) => (node.attributes as UiNodeInputAttributes).name).filter(Boolean);
      const typed = Object.fromEntries(names.map((name) => [name, TYPED]));
      const flow = {
        id: 'f',
        type: 'browser',
        expires_at: '',
        issued_at: '',
        request_url: '',
        ui: { action: '', method: 'POST', nodes },
      } as Flow;
      for (const node of carryValues(flow, typed).ui.nodes) {
        const attributes = node.attributes as UiNodeInputAttributes;
        if (attributes.value !== TYPED) continue;
        carried += 1;
        expect(['password', 'hidden', 'submit', 'button'], `${file}: ${attributes.name}`).not.toContain(
          attributes.type,
        );
        expect(attributes.name, file).not.toMatch(neverCarried);
        expect(attributes.autocomplete ?? '', `${file}: ${attributes.name}`).not.toMatch(
          /one-time-code|password/,
        );
        expect(['webauthn', 'passkey', 'totp', 'lookup_secret'], `${file}: ${attributes.name}`).not.toContain(
          node.group,
        );
      }
    }
    // The identifiers and traits in the corpus do come through.
    expect(carried).toBeGreaterThan(100);
  });
});
