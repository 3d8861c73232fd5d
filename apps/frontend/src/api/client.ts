import createClient from 'openapi-fetch';
import { authFetch } from '../auth/session';
import type { paths } from './schema';

/** The one HTTP client of the app, typed by the backend's OpenAPI document. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  fetch: authFetch,
  credentials: 'same-origin',
});
