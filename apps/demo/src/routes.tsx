import type { OryRoutes } from '@headless-ory/core';
import type { ComponentType } from 'react';
import { ErrorPage } from './pages/error';
import { LoginPage } from './pages/login';
import { RecoveryPage } from './pages/recovery';
import { RegistrationPage } from './pages/registration';
import { SessionPage } from './pages/session';
import { SettingsPage } from './pages/settings';
import { VerificationPage } from './pages/verification';

export interface DemoRoute {
  path: string;
  /** Shown in the navigation; routes without one (the error page) are reachable only by redirect. */
  label?: string;
  Page: ComponentType;
}

// The paths double as the library's `config.routes`, so Kratos' redirects land on these pages.
export const routes: DemoRoute[] = [
  { path: '/login', label: 'Login', Page: LoginPage },
  { path: '/registration', label: 'Registration', Page: RegistrationPage },
  { path: '/settings', label: 'Settings', Page: SettingsPage },
  { path: '/recovery', label: 'Recovery', Page: RecoveryPage },
  { path: '/verification', label: 'Verification', Page: VerificationPage },
  { path: '/', label: 'Session', Page: SessionPage },
  { path: '/error', Page: ErrorPage },
];

/** The same paths for the library: Kratos' redirects (`…/self-service/login/browser?…`) land on these pages. */
export const oryRoutes: OryRoutes = {
  login: '/login',
  registration: '/registration',
  settings: '/settings',
  recovery: '/recovery',
  verification: '/verification',
  error: '/error',
  home: '/',
};

export function findRoute(pathname: string): DemoRoute | undefined {
  const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return routes.find((route) => route.path === normalized);
}
