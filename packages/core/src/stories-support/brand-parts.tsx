import { resolveClassName } from '../renderer/class-name';
import type { ButtonPartProps, InputPartProps, OryComponents } from '../renderer/types';

/**
 * An app's own parts, as a user would write them: they keep every prop the renderer prepared (id, name,
 * aria-*, data-*) and add their own look. Stories check the wiring survives the replacement.
 */
export function BrandInput({ node: _node, state, className, ...props }: InputPartProps) {
  return (
    <input
      {...props}
      data-brand="input"
      className={resolveClassName(
        state,
        className,
        'brand-input',
        state.invalid ? 'brand-input--invalid' : undefined,
      )}
    />
  );
}

export function BrandButton({ node: _node, state, className, children, ...props }: ButtonPartProps) {
  return (
    <button {...props} data-brand="button" className={resolveClassName(state, className, 'brand-button')}>
      <span aria-hidden="true">→ </span>
      {children}
    </button>
  );
}

export const brandComponents: Partial<OryComponents> = { Input: BrandInput, Button: BrandButton };
