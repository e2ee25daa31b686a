import { nonEmptyString } from '../client/guards';
import type { ClassNameProp } from './types';

/** Resolves a `className` prop (string or function of state); several are joined, empty ones dropped. */
export function resolveClassName<S>(
  state: S,
  ...classNames: (ClassNameProp<S> | undefined)[]
): string | undefined {
  return (
    classNames
      .map((className) => (typeof className === 'function' ? className(state) : className))
      .filter(nonEmptyString)
      .join(' ') || undefined
  );
}
