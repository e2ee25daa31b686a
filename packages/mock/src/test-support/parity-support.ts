import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MockFetch } from '../adapters/mock-fetch';

// Kratos' own UI-node snapshots live in ../shared/kratos/snapshots (never copied into the project).

const checkout = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const ROOT = resolve(checkout, '../shared/kratos/snapshots');
export const SNAPSHOTS_AVAILABLE = existsSync(join(ROOT, 'HEAD/selfservice'));
if (!SNAPSHOTS_AVAILABLE) console.warn(`[parity] skipped: Kratos snapshots not found at ${ROOT}`);

// biome-ignore lint/suspicious/noExplicitAny: response bodies read loosely in tests
export type Json = Record<string, any>;

/** The nodes of a snapshot under `<set>/selfservice/` (HEAD, or a tag under history/). */
export function snapshot(path: string, set = 'HEAD'): Json[] {
  const base = set === 'HEAD' ? join(ROOT, 'HEAD/selfservice') : join(ROOT, 'history', set, 'selfservice');
  const data = JSON.parse(readFileSync(join(base, path), 'utf8')) as Json[] | Json;
  // A bare node list, a whole flow, or a container (`{action, method, nodes}`).
  return Array.isArray(data) ? data : (data.ui?.nodes ?? data.nodes);
}

/** What must match: type, group, name, input type, required, autocomplete, pattern, label; `method` values too. */
export function shape(nodes: Json[]) {
  return nodes.map((n) => ({
    type: n.type,
    group: n.group,
    name: n.attributes.name ?? n.attributes.id,
    inputType: n.attributes.type,
    required: n.attributes.required ?? false,
    autocomplete: n.attributes.autocomplete,
    pattern: n.attributes.pattern,
    maxlength: n.attributes.maxlength,
    label: n.meta.label?.id,
    ...(n.attributes.name === 'method' ? { value: n.attributes.value } : {}),
  }));
}

export const notGroups =
  (...groups: string[]) =>
  (n: Json) =>
    !groups.includes(n.group);

export async function browserFlow(mock: MockFetch, flow: string, query = ''): Promise<Json> {
  const response = await mock(`${mock.mock.options.publicUrl}/self-service/${flow}/browser${query}`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  return (await response.json()) as Json;
}

export async function post(mock: MockFetch, flow: Json, body: Json): Promise<Json> {
  const csrf = flow.ui.nodes.find((n: Json) => n.attributes.name === 'csrf_token')?.attributes.value;
  const response = await mock(flow.ui.action, {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ csrf_token: csrf, ...body }),
  });
  return (await response.json()) as Json;
}

/** The `ui.messages` of a snapshot that holds a whole flow (bare node lists have none). */
export function snapshotMessages(path: string, set = 'HEAD'): Json[] {
  const base = set === 'HEAD' ? join(ROOT, 'HEAD/selfservice') : join(ROOT, 'history', set, 'selfservice');
  const data = JSON.parse(readFileSync(join(base, path), 'utf8')) as Json;
  return Array.isArray(data) ? [] : (data.ui?.messages ?? []);
}
