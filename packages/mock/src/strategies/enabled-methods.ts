import type { Exchange } from '../http';

/**
 * `selfservice.methods.<id>.enabled`. Strategies whose id is no credential method (identifier_first, profile)
 * always take part.
 */
export function isMethodEnabled(ex: Exchange, id: string): boolean {
  const methods: Record<string, boolean> = ex.options.methods;
  return !Object.hasOwn(methods, id) || methods[id] === true;
}

/** The strategies of a flow that the project has switched on, in their given order. */
export function enabledStrategies<T extends { id: string }>(ex: Exchange, strategies: readonly T[]): T[] {
  return strategies.filter((strategy) => isMethodEnabled(ex, strategy.id));
}
