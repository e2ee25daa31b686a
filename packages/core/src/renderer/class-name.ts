import type { ClassNameProp } from './types';

/** Resolves a `className` prop (string or function of state); several are joined, empty ones dropped. */
export function resolveClassName<S>(
  state: S,
  ...classNames: (ClassNameProp<S> | undefined)[]
): string | undefined {
  const resolved = classNames
    .map((className) => (typeof className === 'function' ? className(state) : className))
    .filter((className): className is string => typeof className === 'string' && className !== '');
  return resolved.length > 0 ? resolved.join(' ') : undefined;
}
