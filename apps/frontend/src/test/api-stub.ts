import { vi } from 'vitest';

/**
 * A stand-in for the server in component tests only (the end-to-end suite talks to the real stack):
 * answers `fetch` from a table of `METHOD /path` handlers and records every request it saw.
 */
export interface SeenRequest {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  body: unknown;
}

type Handler = (request: SeenRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const problem = (
  status: number,
  errors?: { field: string; message: string }[],
  detail = 'Refused',
) =>
  new Response(
    JSON.stringify({ type: 'urn:agora:problem:test', title: 'Refused', status, detail, errors }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );

/** A feature's own problem, e.g. `named(409, 'invitation-pending')`, with extra headers if any. */
export const named = (status: number, name: string, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ type: `urn:agora:problem:${name}`, title: name, status, detail: name }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );

export const noContent = () => new Response(null, { status: 204 });

export function stubApi(handlers: Record<string, Handler>) {
  const requests: SeenRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    const text = await request.text();
    const seen: SeenRequest = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(seen);
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (handler) return handler(seen);
    // Not signed in unless a test says otherwise.
    if (url.pathname === '/api/auth/refresh') return problem(401);
    return problem(404, undefined, `No stub for ${request.method} ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchStub);
  return {
    requests,
    /** Requests to one route, e.g. `calls('POST /api/auth/register')`. */
    calls: (route: string) =>
      requests.filter((request) => `${request.method} ${request.path}` === route),
  };
}

export const ME = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'ada@example.org',
  firstName: 'Ada',
  lastName: 'Lovelace',
  birthDate: '1990-05-17',
  locale: 'en',
  emailVerifiedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** Handlers that make the app restore a signed-in session for `me` at load. */
export const signedIn = (me: Record<string, unknown> = ME): Record<string, Handler> => ({
  'POST /api/auth/refresh': () => json(200, { accessToken: 'access-token', expiresIn: 900 }),
  'GET /api/users/me': () => json(200, me),
});
