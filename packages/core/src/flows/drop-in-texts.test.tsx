import { createMockFetch } from '@headless-ory/mock';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OryTexts, Translations } from '../i18n';
import de from '../i18n/locales/de';
import ja from '../i18n/locales/ja';
import { OryComponentsProvider, useOryTexts } from '../renderer';
import { MOCK_URL, renderWithOry, signInBrowser } from '../test-utils/render-with-ory';
import { FlowError } from './flow-error';
import { LoginFlow } from './login-flow';
import { LogoutButton } from './logout-button';
import { OryProvider } from './ory-provider';
import { RecoveryFlow } from './recovery-flow';
import { RegistrationFlow } from './registration-flow';
import { SettingsFlow } from './settings-flow';
import { VerificationFlow } from './verification-flow';

afterEach(() => window.history.replaceState(null, '', '/'));

type MockFetch = ReturnType<typeof createMockFetch>;

/** The app's provider with a locale module (or single texts), as the README shows it. */
function renderInLocale(
  ui: ReactElement,
  { translations, texts }: { translations?: Translations; texts?: Partial<OryTexts> },
  mockFetch: MockFetch = createMockFetch({ publicUrl: MOCK_URL }),
) {
  return render(
    <OryProvider
      config={{ baseUrl: MOCK_URL, fetch: mockFetch }}
      navigate={vi.fn()}
      translations={translations}
      texts={texts}
    >
      {ui}
    </OryProvider>,
  );
}

/** German below the test helper's provider (which takes no texts): the nearest provider's texts win. */
const inGerman = (ui: ReactElement) => (
  <OryComponentsProvider translations={de.translations} texts={de.texts} locale={de.locale}>
    {ui}
  </OryComponentsProvider>
);

/** A custom UI's own heading in the library's words. */
function Heading() {
  const texts = useOryTexts();
  return (
    <h1>
      {texts.loginTitle} / {texts.tryAgain}
    </h1>
  );
}

describe('<OryProvider texts>', () => {
  it('should show the login drop-in’s own words in the locale’s language, next to Kratos’ translated ones', async () => {
    renderInLocale(<LoginFlow />, de);
    expect(screen.getByRole('status')).toHaveTextContent('Wird geladen…');
    expect(screen.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
    expect(
      await screen.findByRole('button', { name: 'Mit Passwort anmelden' }, { timeout: 3000 }),
    ).toBeVisible();
    const links = screen.getByRole('navigation', { name: 'Weitere Optionen' });
    expect(within(links).getByRole('link', { name: 'Konto erstellen' })).toHaveAttribute(
      'href',
      '/registration',
    );
    expect(within(links).getByRole('link', { name: 'Passwort vergessen?' })).toHaveAttribute(
      'href',
      '/recovery',
    );
  });

  it('should let an explicit title win over the texts', async () => {
    renderInLocale(<LoginFlow title="Willkommen zurück" />, de);
    await screen.findByRole('button', { name: 'Mit Passwort anmelden' }, { timeout: 3000 });
    expect(screen.getByRole('heading', { name: 'Willkommen zurück' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Anmelden' })).toBeNull();
  });

  it('should override single texts and keep the English defaults for the rest', async () => {
    renderInLocale(<LoginFlow />, { texts: { loginTitle: 'Welcome back', loginRecoveryLink: undefined } });
    expect(screen.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    // An explicit undefined is "not given": it does not blank the default out.
    expect(
      await screen.findByRole('link', { name: 'Forgot your password?' }, { timeout: 3000 }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Create an account' })).toBeVisible();
  });

  it('should head the other drop-ins and their links in the locale’s language', async () => {
    const pages: [ReactElement, string, string | undefined][] = [
      [<RegistrationFlow key="r" />, 'アカウント作成', 'アカウントをお持ちの方はログイン'],
      [<RecoveryFlow key="c" />, 'アカウントの復旧', 'ログインに戻る'],
      [<VerificationFlow key="v" />, 'メールアドレスの確認', undefined],
    ];
    for (const [ui, title, link] of pages) {
      const view = renderInLocale(ui, ja);
      expect(screen.getByRole('heading', { name: title })).toBeVisible();
      // The form, and the links under it, once the flow is there.
      await screen.findAllByRole('button', {}, { timeout: 3000 });
      if (link)
        expect(screen.getByRole('navigation', { name: 'その他のオプション' })).toHaveTextContent(link);
      view.unmount();
    }
  });

  it('should head the settings sections with the texts, unless sectionTitles names them', async () => {
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    await signInBrowser(mockFetch);
    renderWithOry(inGerman(<SettingsFlow sectionTitles={{ password: 'Kennwort' }} />), { mockFetch });
    expect(await screen.findByRole('region', { name: 'Profil' }, { timeout: 3000 })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Kennwort' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Kontoeinstellungen', level: 2 })).toBeVisible();
  });

  it('should translate the client’s own failures by their id, and keep its English otherwise', async () => {
    const german = renderWithOry(inGerman(<LoginFlow />), { mock: { publicUrl: 'http://localhost:9' } });
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(de.texts.networkError);
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    german.unmount();

    renderWithOry(<LoginFlow />, { mock: { publicUrl: 'http://localhost:9' } });
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'Could not reach the server. Check your connection and try again.',
    );
  });

  it('should translate an unreadable answer and offer a fresh start when Kratos refused the request', async () => {
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    mockFetch.mock.nextError({ path: '/self-service/login', method: 'GET', status: 502, body: '<html>' });
    renderWithOry(inGerman(<LoginFlow />), { mockFetch });
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      de.texts.invalidResponseError,
    );
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  });

  it('should say in the locale’s language that a lost form could not be replaced', async () => {
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    // The ?flow= is unknown (404 → a fresh flow), and the fresh one is gone at once too.
    window.history.replaceState(null, '', '/login?flow=00000000-0000-4000-8000-000000000000');
    mockFetch.mock.nextError({ path: '/self-service/login/browser', status: 410, body: '' });
    renderWithOry(inGerman(<LoginFlow />), { mockFetch });
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'Das Formular konnte nicht neu gestartet werden. Bitte laden Sie die Seite neu.',
    );
  });

  it('should announce a renewed form in the locale’s language', async () => {
    const view = renderWithOry(inGerman(<LoginFlow />));
    const user = userEvent.setup();
    const email = await screen.findByLabelText('E-Mail', {}, { timeout: 3000 });
    view.mock.mock.nextError({ id: 'security_csrf_violation', path: '/self-service/login', method: 'POST' });
    await user.type(email, 'ada@example.com');
    await user.type(screen.getByLabelText('Passwort'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Mit Passwort anmelden' }));
    expect(await screen.findByRole('status')).toHaveTextContent(de.texts.formRenewedCsrf);
    expect(screen.getByLabelText('E-Mail')).toHaveValue('ada@example.com');
  });

  it('should word the error page in the locale’s language', async () => {
    renderInLocale(<FlowError />, de);
    expect(screen.getByRole('heading', { name: 'Ein Fehler ist aufgetreten' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde kein Fehler angegeben.');
    const links = screen.getByRole('navigation', { name: 'Nächste Schritte' });
    expect(within(links).getByRole('link', { name: 'Anmelden' })).toHaveAttribute('href', '/login');
    expect(within(links).getByRole('link', { name: 'Startseite' })).toHaveAttribute('href', '/');
  });

  it('should label the logout button with the texts unless it has children', () => {
    renderInLocale(
      <>
        <LogoutButton />
        <LogoutButton>Tschüss</LogoutButton>
      </>,
      de,
    );
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Tschüss' })).toBeEnabled();
  });
});

describe('useOryTexts', () => {
  it('should give the English defaults without a provider', () => {
    render(<Heading />);
    expect(screen.getByRole('heading')).toHaveTextContent('Sign in / Try again');
  });

  it('should merge nested providers’ texts, the nearest winning', () => {
    render(
      <OryComponentsProvider texts={de.texts}>
        <OryComponentsProvider texts={{ loginTitle: 'Einloggen' }}>
          <Heading />
        </OryComponentsProvider>
      </OryComponentsProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Einloggen / Erneut versuchen');
  });
});
