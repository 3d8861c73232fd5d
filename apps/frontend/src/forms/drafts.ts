/**
 * What a form held when the session expired under it, kept for this tab (sessionStorage) and for
 * the same person only, until the form is shown again after logging back in.
 */
const PREFIX = 'agora.draft.';

export function saveDraft(key: string, userId: string, values: unknown): void {
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify({ userId, values }));
  } catch {
    // Storage full or refused: the draft is lost as before, nothing else breaks.
  }
}

export function forgetDraft(key: string): void {
  window.sessionStorage.removeItem(PREFIX + key);
}

/** The draft saved under `key` for `userId`, if any. */
export function readDraft<Values>(key: string, userId: string): Values | null {
  const stored = window.sessionStorage.getItem(PREFIX + key);
  if (stored === null) return null;
  try {
    const draft = JSON.parse(stored) as { userId?: unknown; values?: Values };
    return draft.userId === userId && draft.values !== undefined ? draft.values : null;
  } catch {
    return null;
  }
}
