import type { FlowType } from '../client';

/** Query keys: one namespace for everything this library caches, so an app can invalidate it wholesale. */
export const oryKeys = {
  all: ['ory'] as const,
  session: () => ['ory', 'session'] as const,
  flows: (type: FlowType) => ['ory', type] as const,
  flowError: (id: string) => ['ory', 'error', id] as const,
  flowById: (type: FlowType, id: string) => ['ory', type, 'id', id] as const,
  newFlow: (type: FlowType, params: object | undefined) =>
    ['ory', type, 'new', stableParams(params)] as const,
};

/** Drop undefined values and sort keys so `{a, b}` and `{b, a}` share one cache entry (one request). */
function stableParams(params: object | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!params) return out;
  for (const key of Object.keys(params).sort()) {
    const value = (params as Record<string, unknown>)[key];
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  return out;
}
