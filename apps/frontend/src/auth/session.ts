/**
 * The access token lives in this module's memory only (never in storage a script could read after a
 * reload); the HttpOnly refresh cookie renews it at load and whenever the API answers 401.
 */
type Listener = (token: string | null) => void;

let accessToken: string | null = null;
let refreshing: Promise<string | null> | null = null;
const listeners = new Set<Listener>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
  for (const listener of listeners) listener(token);
}

export function onAccessTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Routes where a 401 means "wrong credentials", not "token expired": never refresh-and-retry them. */
const NO_RETRY =
  /\/api\/auth\/(login|refresh|logout|register|verify|resend-verification|password-reset)/;

function withToken(request: Request, token: string | null): Request {
  if (!token) return request;
  const headers = new Headers(request.headers);
  headers.set('authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

/**
 * Asks for a new access token with the refresh cookie. Concurrent callers share one request:
 * the refresh token rotates, so two parallel refreshes would look like a replayed token.
 */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= (async () => {
    try {
      const response = await globalThis.fetch(`${window.location.origin}/api/auth/refresh`, {
        method: 'POST',
        credentials: 'same-origin',
      });
      const token = response.ok
        ? (((await response.json()) as { accessToken?: unknown }).accessToken ?? null)
        : null;
      setAccessToken(typeof token === 'string' ? token : null);
      return getAccessToken();
    } catch {
      setAccessToken(null);
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** The `fetch` the API client uses: adds the bearer token, and on a 401 refreshes once and retries. */
export async function authFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await globalThis.fetch(withToken(request, accessToken));
  if (response.status !== 401 || NO_RETRY.test(new URL(request.url).pathname)) return response;
  const token = await refreshAccessToken();
  if (!token) return response;
  return globalThis.fetch(withToken(retry, token));
}
