import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  findFlowForm,
  getOryHarness,
  lastMessageTo,
  oryParameters,
  oryStory,
} from '../stories-support';
import { RegistrationFlow } from './registration-flow';

/**
 * `<RegistrationFlow/>` with Kratos' two-step (`profile_first`) registration: the profile first, then a credential,
 * with a "Back" (`screen=previous`) that must bring back the profile as typed — the bug Ory Elements had (#474).
 */
const meta = {
  title: 'Methods/TwoStepRegistration',
  component: RegistrationFlow,
  ...oryStory,
  parameters: oryParameters({ mock: { registrationStyle: 'profile_first' } }),
} satisfies Meta<typeof RegistrationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const NEW_EMAIL = 'grace@example.com';
const CHOOSE_CREDENTIAL = 'Please choose a credential to authenticate yourself with.';
const { password } = DEFAULT_ACCOUNT;

/** Step one filled in and sent; resolves once the credentials step is shown. */
async function profileThenContinue(canvas: Canvas): Promise<void> {
  await userEvent.type(await canvas.findByLabelText('E-Mail'), NEW_EMAIL);
  await userEvent.type(canvas.getByLabelText('First name'), 'Grace');
  await userEvent.type(canvas.getByLabelText('Last name'), 'Hopper');
  await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
  await canvas.findByLabelText('Password');
}

export const ProfileStep: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Create an account' })).toBeVisible();
    await expect(await canvas.findByLabelText('E-Mail')).toHaveAttribute('type', 'email');
    await expect(canvas.getByLabelText('First name')).toBeVisible();
    await expect(canvas.getByLabelText('Last name')).toBeVisible();
    const next = canvas.getByRole('button', { name: 'Sign up' });
    await expect(next).toHaveAttribute('name', 'method');
    await expect(next).toHaveValue('profile');
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Back' })).toBeNull();
  },
};

export const ProfileInvalidEmail: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), 'grace.example.com');
    await userEvent.type(canvas.getByLabelText('First name'), 'Grace');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('E-Mail')).toHaveAccessibleDescription(
        '"grace.example.com" is not valid "email"',
      ),
    );
    await expect(canvas.getByLabelText('E-Mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvasElement.querySelector('[data-ory-message-id="4000001"]')).not.toBeNull();
    // Still the profile step, with what was typed.
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue('grace.example.com');
    await expect(canvas.getByLabelText('First name')).toHaveValue('Grace');
    await expect(canvas.queryByLabelText('Password')).toBeNull();
  },
};

export const CredentialsStep: Story = {
  play: async ({ canvas, canvasElement }) => {
    await profileThenContinue(canvas);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(CHOOSE_CREDENTIAL));
    await expect(canvasElement.querySelector('[data-ory-message-id="1040009"]')).not.toBeNull();
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByRole('button', { name: 'Sign up' })).toHaveValue('password');
    const back = canvas.getByRole('button', { name: 'Back' });
    await expect(back).toHaveAttribute('name', 'screen');
    await expect(back).toHaveValue('previous');
    // The profile rides along hidden, as typed.
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    const form = await findFlowForm(canvasElement, 'registration');
    await expect(form.querySelector('input[type="hidden"][name="traits.email"]')).toHaveValue(NEW_EMAIL);
    await expect(form.querySelector('input[type="hidden"][name="traits.name.last"]')).toHaveValue('Hopper');
  },
};

export const BackKeepsProfile: Story = {
  play: async ({ canvas, loaded }) => {
    await profileThenContinue(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    await expect(await canvas.findByLabelText('E-Mail')).toHaveValue(NEW_EMAIL);
    await expect(canvas.getByLabelText('First name')).toHaveValue('Grace');
    await expect(canvas.getByLabelText('Last name')).toHaveValue('Hopper');
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(canvas.queryByText(CHOOSE_CREDENTIAL)).toBeNull();
    // Going back posts to Kratos (screen=previous); nothing is lost and nobody navigates away.
    const ory = getOryHarness({ loaded });
    await expect(ory.network.count('POST /self-service/registration')).toBe(2);
    await expect(ory.navigations).toEqual([]);
  },
};

export const BackThenSignUp: Story = {
  play: async ({ canvas, step }) => {
    await step('profile, credentials, back', async () => {
      await profileThenContinue(canvas);
      await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    });
    await step('fix the name and go on', async () => {
      const first = await canvas.findByLabelText('First name');
      await userEvent.clear(first);
      await userEvent.type(first, 'Grace B.');
      await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    });
    await step('choose a password and sign up', async () => {
      await userEvent.type(await canvas.findByLabelText('Password'), password);
      await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
      await expect(await canvas.findByTestId('navigated')).toHaveTextContent(/^Navigated to \//);
    });
  },
};

export const CredentialChoiceWithCode: Story = {
  parameters: oryParameters({
    mock: { registrationStyle: 'profile_first', methods: { password: true, code: true } },
  }),
  play: async ({ canvas, loaded, step }) => {
    await step('two credentials to choose from', async () => {
      await profileThenContinue(canvas);
      await expect(canvas.getByRole('button', { name: 'Sign up' })).toHaveValue('password');
      await expect(canvas.getByRole('button', { name: 'Send sign up code' })).toHaveValue('code');
      await userEvent.click(canvas.getByRole('button', { name: 'Send sign up code' }));
    });
    await step('the code, with a way back to the choice', async () => {
      const codeInput = await canvas.findByLabelText('Registration code');
      await expect(canvas.getByRole('button', { name: 'Back' })).toHaveValue('credential-selection');
      await expect(canvas.queryByLabelText('Password')).toBeNull();
      const { code } = await lastMessageTo(getOryHarness({ loaded }), NEW_EMAIL);
      await userEvent.type(codeInput, code ?? '');
      await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
      await expect(await canvas.findByTestId('navigated')).toHaveTextContent(/^Navigated to \//);
    });
  },
};
