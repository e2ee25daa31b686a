import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent } from 'storybook/test';
import { LoginFlow } from '../flows/login-flow';
import { OryComponentsProvider } from '../renderer';
import { DEFAULT_ACCOUNT, oryParameters, oryStory } from '../stories-support';
import { translateFieldTitles } from './field-titles';

/**
 * The bundled locales on a real flow: the `locale` global (toolbar, .storybook/preview.ts) loads the locale
 * module on demand and hands its translations (Kratos' messages) and texts (the drop-in's own heading, states
 * and buttons) to the provider; Kratos' schema titles are translated with translateFieldTitles.
 */
const meta = {
  title: 'i18n/Locales',
  component: LoginFlow,
  ...oryStory,
  args: { links: false },
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const { email } = DEFAULT_ACCOUNT;

/** The app's own words for its identity schema's field titles (the mock's schema calls it "E-Mail"). */
function withFieldTitles(titles: Record<string, string>) {
  const translations = translateFieldTitles(titles);
  return (Story: ComponentType) => (
    <OryComponentsProvider translations={translations}>
      <Story />
    </OryComponentsProvider>
  );
}

export const GermanWrongCredentials: Story = {
  globals: { locale: 'de' },
  parameters: oryParameters({ seed: true }),
  decorators: [withFieldTitles({ 'traits.email': 'E-Mail-Adresse' })],
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('heading', { name: 'Anmelden' })).toBeVisible();
    await userEvent.type(await canvas.findByLabelText('E-Mail-Adresse'), email);
    await userEvent.type(canvas.getByLabelText('Passwort'), 'nicht mein Passwort');
    await userEvent.click(canvas.getByRole('button', { name: 'Mit Passwort anmelden' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Die Anmeldedaten sind ungültig. Prüfen Sie Passwort und Benutzername, E-Mail-Adresse oder Telefonnummer auf Tippfehler.',
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="4000006"]')).not.toBeNull();
    await expect(canvasElement.querySelector('[lang="de"]')).toContainElement(canvas.getByRole('alert'));
  },
};

export const JapaneseWrongCredentials: Story = {
  globals: { locale: 'ja' },
  parameters: oryParameters({ seed: true }),
  decorators: [withFieldTitles({ 'E-Mail': 'メールアドレス' })],
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('heading', { name: 'ログイン' })).toBeVisible();
    await userEvent.type(await canvas.findByLabelText('メールアドレス'), email);
    await userEvent.type(canvas.getByLabelText('パスワード'), 'not my password');
    await userEvent.click(canvas.getByRole('button', { name: 'パスワードでログイン' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'ログイン情報が正しくありません。パスワードと、ユーザー名・メールアドレス・電話番号に誤りがないか確認してください。',
    );
    await expect(canvasElement.querySelector('[lang="ja"]')).toContainElement(canvas.getByRole('alert'));
  },
};

/** The client's own failure and the retry button, in German too (a network error has no Kratos message id). */
export const GermanLoadFailed: Story = {
  globals: { locale: 'de' },
  parameters: oryParameters({ network: { failNetwork: true } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Der Dienst ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    );
    await expect(canvas.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  },
};
