/**
 * Where to go after the next login, for flows that leave the app on the way: registering goes
 * through the confirmation mail, whose link may open in another tab, so router state cannot carry
 * it. Kept a week at most, and only ever an in-app path.
 */
const KEY = 'agora.returnTo';
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

const isAppPath = (path: unknown): path is string =>
  typeof path === 'string' && path.startsWith('/') && !path.startsWith('//');

export function rememberReturnPath(path: string): void {
  if (isAppPath(path))
    window.localStorage.setItem(KEY, JSON.stringify({ path, savedAt: Date.now() }));
}

export function rememberedReturnPath(): string | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as {
      path?: unknown;
      savedAt?: unknown;
    } | null;
    if (
      saved &&
      isAppPath(saved.path) &&
      typeof saved.savedAt === 'number' &&
      Date.now() - saved.savedAt < MAX_AGE_MS
    )
      return saved.path;
  } catch {
    // A value this app did not write: ignore it.
  }
  return null;
}

export function forgetReturnPath(): void {
  window.localStorage.removeItem(KEY);
}

/** The in-app path a page asked to come back to, if `value` (router state) is one. */
export const returnPathFrom = (value: unknown): string | null => (isAppPath(value) ? value : null);
