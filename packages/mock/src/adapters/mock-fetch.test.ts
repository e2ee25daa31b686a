import { describe, expect, it } from 'vitest';
import { createMockFetch } from './mock-fetch';

const BASE = 'http://localhost:4433';

describe('createMockFetch', () => {
  it('should reject requests to other origins like a failed fetch', async () => {
    const mockFetch = createMockFetch();
    await expect(mockFetch('http://localhost:9999/sessions/whoami')).rejects.toThrow(TypeError);
  });

  it('should keep and send cookies only with credentials: include', async () => {
    const mockFetch = createMockFetch();
    await mockFetch(`${BASE}/self-service/login/browser`, { headers: { Accept: 'application/json' } });
    expect(mockFetch.cookies()).toEqual([]);
    await mockFetch(`${BASE}/self-service/login/browser`, {
      headers: { Accept: 'application/json' },
      credentials: 'include',
    });
    expect(mockFetch.cookies()).toHaveLength(1);
    mockFetch.clearCookies();
    expect(mockFetch.cookies()).toEqual([]);
  });

  it('should follow redirects on the mock and fail on ones leaving it, like a browser', async () => {
    const mockFetch = createMockFetch();
    await expect(mockFetch(`${BASE}/self-service/login/browser`)).rejects.toThrow('Failed to fetch');
    const manual = await mockFetch(`${BASE}/self-service/login/browser`, { redirect: 'manual' });
    expect(manual.status).toBe(303);
  });

  it('should honour an aborted signal', async () => {
    const mockFetch = createMockFetch();
    const controller = new AbortController();
    controller.abort();
    await expect(mockFetch(`${BASE}/sessions/whoami`, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('should accept a Request object as input', async () => {
    const mockFetch = createMockFetch();
    const response = await mockFetch(new Request(`${BASE}/self-service/login/api`));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { type: string }).type).toBe('api');
  });
});
