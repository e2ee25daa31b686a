import type { FlowType } from '../client';

/** Query keys: one namespace for everything this library caches, so an app can invalidate it wholesale. */
export const oryKeys = {
  all: ['ory'] as const,
  session: () => ['ory', 'session'] as const,
  flows: (type: FlowType) => ['ory', type] as const,
  flowError: (id: string) => ['ory', 'error', id] as const,
  flowById: (type: FlowType, id: string) => ['ory', type, 'id', id] as const,
  /** react-query hashes keys with sorted object keys and without undefined values: `{a, b}` and `{b, a}` share
   * one cache entry (one request). */
  newFlow: (type: FlowType, params: object | undefined) => ['ory', type, 'new', params ?? {}] as const,
};
