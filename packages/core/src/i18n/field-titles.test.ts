import { describe, expect, it } from 'vitest';
import { inputNode, uiText } from '../test-utils/node-builders';
import { translateFieldTitles } from './field-titles';
import { formatLabel } from './format-label';

const emailNode = inputNode('traits.email', {
  label: uiText(1070002, 'E-Mail', 'info', { title: 'E-Mail', name: 'traits.email' }),
});
const firstNameNode = inputNode('traits.name.first', {
  label: uiText(1070002, 'First name', 'info', { title: 'First name', name: 'traits.name.first' }),
});

describe('translateFieldTitles', () => {
  it('should translate a schema title by field name or by title, the name first', () => {
    const translations = translateFieldTitles({
      'traits.email': 'E-Mail-Adresse',
      'E-Mail': 'never used: the name matched',
      'First name': 'Vorname',
    });
    expect(formatLabel(emailNode, translations)).toBe('E-Mail-Adresse');
    expect(formatLabel(firstNameNode, translations)).toBe('Vorname');
  });

  it('should keep the schema title for fields it does not list', () => {
    expect(formatLabel(emailNode, translateFieldTitles({ 'traits.phone': 'Telefon' }))).toBe('E-Mail');
  });

  it('should leave the other labels to the locale it is spread over', () => {
    const translations = {
      1070001: 'Passwort',
      ...translateFieldTitles({ 'traits.email': 'E-Mail-Adresse' }),
    };
    expect(formatLabel(inputNode('password', { label: uiText(1070001, 'Password') }), translations)).toBe(
      'Passwort',
    );
    expect(formatLabel(emailNode, translations)).toBe('E-Mail-Adresse');
  });

  it('should not be fooled by inherited keys', () => {
    const node = inputNode('traits.x', {
      label: uiText(1070002, 'toString', 'info', { title: 'toString', name: 'constructor' }),
    });
    expect(formatLabel(node, translateFieldTitles({}))).toBe('toString');
  });
});
