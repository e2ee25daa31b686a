// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Json, mockClient } from './support/mock-client';
import {
  type FlowName,
  kratosMethods,
  type ParityScenario,
  parityScenarios,
} from './support/parity-scenarios';
import { sharedAvailable, snapshotsDir } from './support/shared-kratos';

// The mock's nodes against Kratos' own snapshots of the same screen: names, node and input types, groups,
// order, required, autocomplete, pattern, maxlength, label ids and submit values. Volatile values (csrf, challenges) are left out.
// The scenarios the mock serves, compared with the Kratos snapshots they come from. The mock's own
// parity-*.test.ts files go deeper per method (code, oidc, totp, lookup_secret) and per flow.

const available = sharedAvailable(join(snapshotsDir, 'HEAD/selfservice'), 'parity');
/** Where Kratos' snapshot of a screen lives: HEAD, and the latest release where that one differs. */
const VERSIONS = ['HEAD', 'history/v26.2.0'];

function snapshotVersions(path: string): { version: string; nodes: Json[] }[] {
  return VERSIONS.map((version) => join(snapshotsDir, version, 'selfservice', path))
    .map((file, index) => ({ file, version: VERSIONS[index] ?? '' }))
    .filter(({ file }) => existsSync(file))
    .map(({ file, version }) => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Json[] | Json;
      return { version, nodes: Array.isArray(data) ? data : (data.ui?.nodes ?? data.nodes) };
    });
}

function shape(nodes: Json[], scenario: ParityScenario) {
  const rows = nodes.map((node) =>
    scenario.namesOnly
      ? { group: node.group, name: node.attributes.name }
      : {
          type: node.type,
          group: node.group,
          name: node.attributes.name ?? node.attributes.id,
          inputType: node.attributes.type,
          required: node.attributes.required ?? false,
          autocomplete: node.attributes.autocomplete,
          pattern: node.attributes.pattern,
          maxlength: node.attributes.maxlength,
          label: node.meta?.label?.id,
          value: node.attributes.type === 'submit' ? node.attributes.value : undefined,
        },
  );
  const key = (row: Json) => JSON.stringify(row);
  return scenario.unordered ? rows.sort((a, b) => key(a).localeCompare(key(b))) : rows;
}

/** Flows the mock serves: a route it does not know answers 404 (every Kratos init endpoint answers otherwise). */
async function servedFlows(): Promise<Set<FlowName>> {
  const client = mockClient();
  const flows: FlowName[] = ['login', 'registration', 'settings', 'recovery', 'verification'];
  const served = await Promise.all(
    flows.map(async (flow) => (await client.call(`/self-service/${flow}/api`)).status !== 404),
  );
  return new Set(flows.filter((_, index) => served[index]));
}

const served = available ? await servedFlows() : new Set<FlowName>();
const compared = parityScenarios.filter((scenario) => served.has(scenario.flow));
const notServed = parityScenarios.filter((scenario) => !served.has(scenario.flow));
const groupsSeen = new Set<string>();
const matched = new Map<ParityScenario, string>();

describe.skipIf(!available)("The mock's nodes against Kratos' snapshots", () => {
  afterAll(() => {
    const offered = kratosMethods.filter((method) => groupsSeen.has(method.group));
    const missing = kratosMethods.filter((method) => !groupsSeen.has(method.group));
    console.log(
      [
        `[parity] screens compared: ${compared.length}`,
        ...compared.map(
          (scenario) =>
            `[parity]   ${matched.get(scenario) ? `✓ (${matched.get(scenario)})` : '✗'} ${scenario.name}  ← ${scenario.kratos.split('/').pop()}`,
        ),
        `[parity] screens of flows the mock does not serve yet: ${notServed.length}`,
        ...notServed.map((scenario) => `[parity]   - ${scenario.name}`),
        `[parity] methods compared: ${offered.map((method) => method.group).join(', ')}`,
        `[parity] methods in Kratos' snapshots the mock does not offer yet: ${missing.length}`,
        ...missing.map((method) => `[parity]   - ${method.group}: ${method.covers}`),
      ].join('\n'),
    );
  });

  it.each(compared.map((scenario) => [scenario.name, scenario] as const))(
    'should render "%s" like Kratos',
    async (_name, scenario) => {
      const nodes = await scenario.mock();
      for (const node of nodes) groupsSeen.add(node.group);
      const mine = shape(nodes, scenario);
      const versions = snapshotVersions(scenario.kratos).map(({ version, nodes }) => ({
        version,
        shape: shape(
          nodes.filter((node) => !scenario.withoutGroups?.includes(node.group)),
          scenario,
        ),
      }));
      expect(versions.length, scenario.kratos).toBeGreaterThan(0);
      const match = versions.find((candidate) => JSON.stringify(candidate.shape) === JSON.stringify(mine));
      // No version matches: show the difference from HEAD's.
      if (!match) expect(mine).toEqual(versions[0]?.shape);
      matched.set(scenario, match?.version ?? '');
    },
  );
});
