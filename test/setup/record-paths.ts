import { resolve } from 'node:path';

// import.meta.dirname, not import.meta.url: under jsdom the module URL is not a file: URL.
/** Where the mock's recorded exchanges go (vitest workers, the Playwright mock); the contract suite reads them. */
export const exchangesDir = resolve(import.meta.dirname, '../../reports/exchanges');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The project whose workers record (names their files), set by record-reset.ts. */
    recordExchangesAs: string;
  }
}
