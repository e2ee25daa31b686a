import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { getOryHarness, oryParameters, oryStory } from '../stories-support';
import { FlowError } from './flow-error';

/**
 * `<FlowError/>` on the app's error route: Kratos sends the browser there with `?id=` of an error it stored; the
 * mock serves `stub:500` like Kratos does.
 */
const meta = {
  title: 'Flows/FlowError',
  component: FlowError,
  ...oryStory,
} satisfies Meta<typeof FlowError>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

/** Every state leaves a way on: sign in again, or go home. */
async function expectWaysOn(canvas: Canvas): Promise<void> {
  const links = canvas.getByRole('navigation', { name: 'Where to go next' });
  await expect(links).toBeVisible();
  await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  await expect(canvas.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
}

export const Stub500: Story = {
  parameters: oryParameters({ query: { id: 'stub:500' } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('This is a stub error.');
    await expect(alert).toHaveTextContent('Error 500 (Internal Server Error)');
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'ready');
    await expectWaysOn(canvas);
    await expect(getOryHarness({ loaded }).network.count('GET /self-service/errors')).toBe(1);
    await userEvent.click(canvas.getByRole('link', { name: 'Sign in' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /login');
  },
};

export const UnknownId: Story = {
  parameters: oryParameters({ query: { id: '00000000-0000-4000-8000-000000000000' } }),
  play: async ({ canvas, canvasElement }) => {
    // An id Kratos does not know (expired, or typed by hand): the page still says something went wrong.
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Unable to locate the resource');
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'error');
    await expectWaysOn(canvas);
  },
};

export const NoId: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('No error was given.');
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'error');
    await expect(canvas.queryByRole('status')).toBeNull();
    await expectWaysOn(canvas);
    // Nothing to ask Kratos about.
    await expect(getOryHarness({ loaded }).network.requests).toEqual([]);
  },
};
