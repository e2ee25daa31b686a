import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { type UseLogoutOptions, useLogout } from '../hooks';
import { formatError } from '../i18n/format-error';
import { useOryTexts } from '../renderer';

export interface LogoutButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type' | 'children'>,
    UseLogoutOptions {
  children?: ReactNode;
}

/** Signs out (browser: Kratos' logout token; native: revokes the token), pending while it runs, an alert on failure. */
export function LogoutButton({ children, returnTo, ...props }: LogoutButtonProps) {
  const { logout, status, error } = useLogout({ returnTo });
  const texts = useOryTexts();
  const pending = status === 'pending';
  return (
    <>
      <button
        {...props}
        type="button"
        data-ory-part="logout"
        data-pending={pending ? '' : undefined}
        aria-busy={pending || undefined}
        disabled={pending || props.disabled}
        onClick={() => void logout()}
      >
        {children ?? texts.signOut}
      </button>
      {error ? (
        <p role="alert" data-ory-part="error">
          {formatError(error, texts)}
        </p>
      ) : null}
    </>
  );
}
