/**
 * Routes whose path holds a secret (a calendar feed, a one-click unsubscribe link): calendar
 * applications and mail providers cannot send it any other way, so logs must drop it instead.
 */
const SECRET_PATHS = /^(\/api\/(?:calendar|unsubscribe)\/)[^?#]*/;

export function withoutSecretPaths(url: string): string {
  return url.replace(SECRET_PATHS, '$1[redacted]');
}
