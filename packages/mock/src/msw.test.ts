import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oryHandlers } from './msw';

const BASE = 'http://localhost:4433';
const server = setupServer(...oryHandlers());

describe('oryHandlers', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('should answer requests to the mock URL through MSW', async () => {
    const response = await fetch(`${BASE}/self-service/registration/api`);
    expect(response.status).toBe(200);
    const flow = (await response.json()) as { ui: { action: string } };
    expect(flow.ui.action).toMatch(`${BASE}/self-service/registration?flow=`);
    expect((await fetch(`${BASE}/sessions/whoami`)).status).toBe(401);
  });
});
