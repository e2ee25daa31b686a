import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OryProvider } from '../../flows';
import { FlowForm } from '../../renderer';
import { makeFlow, passwordLoginNodes, uiText } from '../../test-utils/node-builders';
import { translateFieldTitles } from '../field-titles';
import type { Translations } from '../types';
import de from './de';

const flow = makeFlow(passwordLoginNodes(), {
  messages: [
    uiText(4000032, 'The password must be at least 1000 characters long, but got 3.', 'error', {
      min_length: 1000,
      actual_length: 3,
    }),
  ],
});
const config = { baseUrl: 'https://ory.example.com' };

function renderForm(translations: Translations | undefined, locale?: string) {
  return render(
    <OryProvider config={config} translations={translations} locale={locale}>
      <FlowForm flow={flow} onSubmit={() => {}} />
    </OryProvider>,
  );
}

describe('OryProvider with a locale module', () => {
  it('should show the locale’s texts with numbers in its own format', () => {
    renderForm(de.translations, de.locale);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Das Passwort muss mindestens 1.000 Zeichen lang sein, hat aber nur 3.',
    );
    expect(screen.getByLabelText('Passwort')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeVisible();
  });

  it('should show the server’s texts without translations', () => {
    renderForm(undefined);
    expect(screen.getByRole('alert')).toHaveTextContent('at least 1000 characters');
    expect(screen.getByLabelText('Password')).toBeVisible();
  });

  it('should translate schema titles spread over the locale', () => {
    const titled = makeFlow([
      ...passwordLoginNodes().map((node) =>
        node.attributes.node_type === 'input' && node.attributes.name === 'identifier'
          ? {
              ...node,
              meta: { label: uiText(1070002, 'E-Mail', 'info', { title: 'E-Mail', name: 'traits.email' }) },
            }
          : node,
      ),
    ]);
    render(
      <OryProvider
        config={config}
        translations={{ ...de.translations, ...translateFieldTitles({ 'traits.email': 'E-Mail-Adresse' }) }}
        locale={de.locale}
      >
        <FlowForm flow={titled} onSubmit={() => {}} />
      </OryProvider>,
    );
    expect(screen.getByLabelText('E-Mail-Adresse')).toHaveAttribute('name', 'identifier');
  });
});
