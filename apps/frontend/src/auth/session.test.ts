import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../test/api-stub';
import { authFetch, getAccessToken, setAccessToken } from './session';

const request = (path: string, init?: RequestInit) =>
  new Request(`${window.location.origin}${path}`, init);

describe('authFetch', () => {
  it('sends the access token as a bearer token', async () => {
    const api = stubApi({ 'GET /api/users/me': () => json(200, { id: 'u1' }) });
    setAccessToken('token-1');

    await authFetch(request('/api/users/me'));

    expect(api.requests[0].headers.get('authorization')).toBe('Bearer token-1');
  });

  it('on a 401 renews the token with the refresh cookie once and retries with the new one', async () => {
    let attempts = 0;
    const api = stubApi({
      'PATCH /api/users/me': (seen) => {
        attempts += 1;
        return seen.headers.get('authorization') === 'Bearer fresh'
          ? json(200, { ok: true })
          : problem(401);
      },
      'POST /api/auth/refresh': () => json(200, { accessToken: 'fresh', expiresIn: 900 }),
    });
    setAccessToken('expired');

    const response = await authFetch(
      request('/api/users/me', { method: 'PATCH', body: JSON.stringify({ firstName: 'Ada' }) }),
    );

    expect(response.status).toBe(200);
    expect(attempts).toBe(2);
    expect(api.calls('POST /api/auth/refresh')).toHaveLength(1);
    expect(api.calls('PATCH /api/users/me')[1].body).toEqual({ firstName: 'Ada' });
    expect(getAccessToken()).toBe('fresh');
  });

  it('shares one refresh between requests that fail together', async () => {
    const api = stubApi({
      'GET /api/associations': (seen) =>
        seen.headers.get('authorization') === 'Bearer fresh' ? json(200, {}) : problem(401),
      'POST /api/auth/refresh': () => json(200, { accessToken: 'fresh', expiresIn: 900 }),
    });
    setAccessToken('expired');

    const responses = await Promise.all([
      authFetch(request('/api/associations')),
      authFetch(request('/api/associations')),
    ]);

    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(api.calls('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('gives up and forgets the token when the session cannot be renewed', async () => {
    const api = stubApi({ 'GET /api/users/me': () => problem(401) });
    setAccessToken('expired');

    const response = await authFetch(request('/api/users/me'));

    expect(response.status).toBe(401);
    expect(api.calls('GET /api/users/me')).toHaveLength(1);
    expect(getAccessToken()).toBeNull();
  });

  it('never retries a wrong password at login', async () => {
    const api = stubApi({ 'POST /api/auth/login': () => problem(401) });

    const response = await authFetch(request('/api/auth/login', { method: 'POST', body: '{}' }));

    expect(response.status).toBe(401);
    expect(api.calls('POST /api/auth/refresh')).toHaveLength(0);
  });
});
