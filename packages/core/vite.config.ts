import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

const here = fileURLToPath(new URL('.', import.meta.url));

// Peers and runtime deps stay imports in the output: the app's bundler dedupes them (one React,
// one QueryClient context). Any deep import of a peer (react/jsx-runtime) must be external too.
const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'clsx'];

// Each locale is its own entry (dist/locales/<tag>.js, `@headless-ory/core/locales/<tag>`), so an app loads
// only the language it shows, on demand; nothing in the main entry imports them.
const locales = ['en', 'de', 'es', 'fr', 'ja'];

export default defineConfig({
  build: {
    lib: {
      entry: {
        index: resolve(here, 'src/index.ts'),
        client: resolve(here, 'src/client/index.ts'),
        ...Object.fromEntries(
          locales.map((locale) => [`locales/${locale}`, resolve(here, `src/i18n/locales/${locale}.ts`)]),
        ),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    // Unminified so users can read and debug what they install; their bundler minifies.
    minify: false,
    target: 'es2022',
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      // Readable export names in the chunk shared by both entries, like the rest of the unminified output.
      output: { minifyInternalExports: false },
      // The .d.ts step is slow by nature (a full TypeScript program); no need to warn about it on every build.
      checks: { bundlerTimings: false },
    },
  },
  plugins: [
    dts({
      tsconfigPath: resolve(here, 'tsconfig.json'),
      entryRoot: 'src',
      // Declarations only for what ships: no tests, stories, fixtures or test helpers in dist.
      exclude: [
        'src/**/*.test.ts',
        'src/**/*.test.tsx',
        'src/**/*.test-d.ts',
        'src/**/*.test-d.tsx',
        'src/**/*.stories.tsx',
        'src/**/__fixtures__/**',
        'src/**/__tests__/**',
        'src/test-utils/**',
        'src/stories-support/**',
      ],
    }),
  ],
});
