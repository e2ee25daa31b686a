import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Flow, UiNode, UiText } from '@headless-ory/core';
import { snapshotsDir } from './shared-kratos';

/** The four shapes Kratos' snapshot files come in (snapshots/README.md). */
export type FixtureShape = 'flow' | 'container' | 'nodes' | 'node';

export interface Fixture {
  /** `HEAD` or `history/<tag>` (MANIFEST.tsv's set column). */
  set: string;
  /** Path inside the set (the original path in the kratos repository). */
  path: string;
  shape: FixtureShape;
  nodes: UiNode[];
  /** Form-level messages (flows and containers). */
  messages: UiText[];
  /** What FlowForm renders: the flow itself, or a flow wrapped around the container / node list. */
  flow: Flow;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function wrap(
  nodes: UiNode[],
  messages: UiText[],
  action = 'https://ory.example.com/self-service/login?flow=f',
): Flow {
  return {
    id: 'f',
    type: 'browser',
    expires_at: '2030-01-01T00:00:00Z',
    issued_at: '2029-12-31T23:00:00Z',
    request_url: 'https://ory.example.com/self-service/login/browser',
    ui: { action, method: 'POST', nodes, ...(messages.length > 0 ? { messages } : {}) },
  };
}

export function toFixture(set: string, path: string, data: unknown): Fixture {
  if (Array.isArray(data))
    return { set, path, shape: 'nodes', nodes: data, messages: [], flow: wrap(data, []) };
  if (!isRecord(data)) throw new Error(`${set}/${path}: not a fixture`);
  if (isRecord(data.ui)) {
    const flow = data as unknown as Flow;
    return { set, path, shape: 'flow', nodes: flow.ui.nodes ?? [], messages: flow.ui.messages ?? [], flow };
  }
  if (Array.isArray(data.nodes)) {
    const nodes = data.nodes as UiNode[];
    const messages = (Array.isArray(data.messages) ? data.messages : []) as UiText[];
    return {
      set,
      path,
      shape: 'container',
      nodes,
      messages,
      flow: wrap(nodes, messages, String(data.action)),
    };
  }
  if ('attributes' in data && 'type' in data) {
    const node = data as unknown as UiNode;
    return { set, path, shape: 'node', nodes: [node], messages: [], flow: wrap([node], []) };
  }
  throw new Error(`${set}/${path}: unknown fixture shape (keys ${Object.keys(data).join(', ')})`);
}

/** MANIFEST.tsv's rows: set and path of every fixture. */
export function readManifest(): { set: string; path: string }[] {
  const [, ...rows] = readFileSync(join(snapshotsDir, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n');
  return rows.map((row) => {
    const [set = '', path = ''] = row.split('\t');
    return { set, path };
  });
}

/** Every .json file under the snapshots directory (relative paths), STATS.json aside. */
export function listJsonFiles(): string[] {
  return readdirSync(snapshotsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(snapshotsDir, join(entry.parentPath, entry.name)))
    .filter((file) => file !== 'STATS.json')
    .sort();
}

export function loadFixture(set: string, path: string): Fixture {
  return toFixture(set, path, JSON.parse(readFileSync(join(snapshotsDir, set, path), 'utf8')));
}
