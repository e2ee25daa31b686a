import type { ReactNode } from 'react';
import { oryUrl, usesMock } from './config';
import { LanguageMenu } from './language';
import { Link, useLocation } from './router';
import { routes } from './routes';
import { ThemeSwitcher } from './theme-switcher';

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <div className="shell">
      {/* First stop for keyboard users: past the navigation straight to the form. */}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <span className="shell-brand">headless-ory demo</span>
        <nav aria-label="Flows">
          <ul>
            {routes
              .filter((route) => route.label)
              .map((route) => (
                <li key={route.path}>
                  <Link href={route.path} aria-current={route.path === pathname ? 'page' : undefined}>
                    {route.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <ThemeSwitcher />
        <LanguageMenu />
      </header>
      <main id="main" tabIndex={-1} className="shell-main">
        {children}
      </main>
      <footer className="shell-footer">
        Backend: <code data-testid="backend-url">{oryUrl}</code>{' '}
        {usesMock ? '(embedded mock — set VITE_ORY_URL to use a live Ory project)' : '(VITE_ORY_URL)'}
      </footer>
    </div>
  );
}
