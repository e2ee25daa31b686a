import type { ReactNode } from 'react';
import { Link } from '../router';

/** A page whose flow is not wired yet: says so plainly instead of looking broken. */
export function Placeholder({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="placeholder" data-testid="placeholder">
        {children}
      </p>
      <p>
        <Link href="/">Back to your session</Link>
      </p>
    </>
  );
}
