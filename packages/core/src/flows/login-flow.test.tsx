import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithOry, seedIdentity } from '../test-utils/render-with-ory';
import { LoginFlow } from './login-flow';

afterEach(() => window.history.replaceState(null, '', '/'));

async function ready() {
  return screen.findByLabelText('E-Mail', {}, { timeout: 3000 });
}

describe('<LoginFlow>', () => {
  it('should show a pending state, then a labelled form, and write ?flow= into the URL', async () => {
    const view = renderWithOry(<LoginFlow />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    await ready();
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    const flowId = new URLSearchParams(window.location.search).get('flow');
    expect(flowId).toMatch(/[0-9a-f-]{36}/);
    expect(view.count('GET /self-service/login/browser')).toBe(1);
  });

  it('should keep the typed email and show the error after a wrong password', async () => {
    const view = renderWithOry(<LoginFlow />);
    const { email } = await seedIdentity(view.mock);
    const user = userEvent.setup();
    await user.type(await ready(), email);
    await user.type(screen.getByLabelText('Password'), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
    expect(await screen.findByText(/The provided credentials are invalid/)).toBeInTheDocument();
    expect(screen.getByLabelText('E-Mail')).toHaveValue(email);
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(view.count('POST /self-service/login')).toBe(1);
  });

  it('should log in and follow Kratos to the return URL', async () => {
    window.history.replaceState(null, '', '/login?return_to=http%3A%2F%2Flocalhost%3A5173%2Faccount');
    const view = renderWithOry(<LoginFlow />);
    const { email, password } = await seedIdentity(view.mock);
    const user = userEvent.setup();
    await user.type(await ready(), email);
    await user.type(screen.getByLabelText('Password'), password);
    await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
    await waitFor(() => expect(view.navigate).toHaveBeenCalledWith('http://localhost:5173/account'));
  });

  it('should resume the flow named in ?flow= instead of creating one', async () => {
    const first = renderWithOry(<LoginFlow />);
    await ready();
    const flowId = new URLSearchParams(window.location.search).get('flow');
    first.unmount();
    const second = renderWithOry(<LoginFlow />);
    // A fresh mock knows no such flow: the hook starts a new one instead of showing an error.
    await ready();
    expect(second.count('GET /self-service/login/flows')).toBe(1);
    expect(second.count('GET /self-service/login/browser')).toBe(1);
    expect(new URLSearchParams(window.location.search).get('flow')).not.toBe(flowId);
  });

  it('should show an alert with a retry when Kratos cannot be reached', async () => {
    const view = renderWithOry(<LoginFlow />, { mock: { publicUrl: 'http://localhost:9' } });
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(/reach|connection/i);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    void view;
  });

  it.each([
    ['a prop', { returnTo: 'https://evil.example/steal' }, '/login'],
    ['the URL', {}, '/login?return_to=https%3A%2F%2Fevil.example%2Fsteal'],
  ])('should start over without a return_to Kratos refused, given in %s', async (_where, props, page) => {
    window.history.replaceState(null, '', page);
    const view = renderWithOry(<LoginFlow {...props} />);
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(/return_to/);
    view.navigate.mockImplementation((url: string) => window.history.pushState(null, '', url));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start over' }));
    expect(view.navigate).toHaveBeenCalledWith('/login');
    await ready();
    expect(view.count('GET /self-service/login/browser')).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
