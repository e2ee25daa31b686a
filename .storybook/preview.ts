import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // Every story doubles as an accessibility test: any axe violation fails it under addon-vitest.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
