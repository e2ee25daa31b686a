import { createMockFetch } from '@headless-ory/mock';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MOCK_URL, renderWithOry, signInBrowser } from '../test-utils/render-with-ory';
import { SettingsFlow } from './settings-flow';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('<SettingsFlow>', () => {
  it('should send a signed-out user to the login route and back', async () => {
    window.history.replaceState(null, '', '/settings');
    const view = renderWithOry(<SettingsFlow />);
    await waitFor(() =>
      expect(view.navigate).toHaveBeenCalledWith(
        `/login?return_to=${encodeURIComponent('http://localhost:3000/settings')}`,
      ),
    );
  });

  it('should show one titled form per method and save a profile change once', async () => {
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    const email = await signInBrowser(mockFetch);
    renderWithOry(<SettingsFlow />, { mockFetch });
    const profile = await screen.findByRole('region', { name: 'Profile' }, { timeout: 3000 });
    const password = screen.getByRole('region', { name: 'Password' });
    expect(within(profile).getByLabelText('E-Mail')).toHaveValue(email);
    expect(within(password).getByLabelText('Password')).toHaveValue('');

    const user = userEvent.setup();
    await user.type(within(profile).getByLabelText('First name'), 'Ada');
    await user.click(within(profile).getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Your changes have been saved!')).toHaveLength(1);
    expect(within(screen.getByRole('region', { name: 'Profile' })).getByLabelText('First name')).toHaveValue(
      'Ada',
    );
  });

  it('should keep what was typed in one section when another is saved or refused, and mark only the refused one', async () => {
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    await signInBrowser(mockFetch);
    renderWithOry(<SettingsFlow />, { mockFetch });
    const profile = await screen.findByRole('region', { name: 'Profile' }, { timeout: 3000 });
    const password = screen.getByRole('region', { name: 'Password' });
    const user = userEvent.setup();
    await user.type(within(profile).getByLabelText('First name'), 'Grace');

    // Too short: Kratos refuses the password with a message on its field.
    await user.type(within(password).getByLabelText('Password'), 'short');
    await user.click(within(password).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(password).getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(password.querySelector('form')).toHaveAttribute('data-state', 'error');
    expect(profile.querySelector('form')).not.toHaveAttribute('data-state', 'error');
    expect(within(profile).getByLabelText('First name')).toHaveValue('Grace');

    // Saved: the profile still holds the unsaved name.
    await user.type(within(password).getByLabelText('Password'), 'correct horse battery staple');
    await user.click(within(password).getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Your changes have been saved!')).toHaveLength(1);
    expect(within(profile).getByLabelText('First name')).toHaveValue('Grace');
    expect(within(password).getByLabelText('Password')).toHaveValue('');
  });
});
