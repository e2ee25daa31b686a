import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApp, type MockApp } from '../app';
import type { MockOptions } from '../options';

export interface MockServerOptions extends MockOptions {
  /** Interface to bind. Default `localhost`. */
  host?: string;
  /** Default 4433; 0 picks a free port (and `publicUrl` defaults to it). */
  port?: number;
}

export interface MockServer {
  url: string;
  close(): Promise<void>;
  app: MockApp;
}

/** Serves the mock over Node HTTP. Node-only: @hono/node-server is loaded on call so browsers never import it. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  // A computed specifier keeps bundlers (Vite for Storybook) from pulling Node's http into browser builds.
  const nodeServer = '@hono/node-server';
  const { serve } = (await import(/* @vite-ignore */ nodeServer)) as typeof import('@hono/node-server');
  const { host = 'localhost', port = 4433, ...mockOptions } = options;
  let app: MockApp | undefined;
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({
      hostname: host,
      port,
      fetch: (request) => (app ? app.fetch(request) : new Response('starting', { status: 503 })),
    }) as Server;
    started.once('listening', () => resolve(started));
    started.once('error', reject);
  });
  const bound = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  app = createMockApp({ publicUrl: url, ...mockOptions });
  return {
    url: app.options.publicUrl,
    app,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections from fetch clients would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}
