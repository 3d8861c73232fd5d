import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import '../i18n/i18n';
import { changeLanguage, problemMessagesReady } from '../i18n/i18n';
import { setAccessToken } from '../auth/session';

// Pages say what went wrong in these words: have them there before any test renders.
await Promise.all([problemMessagesReady('en'), problemMessagesReady('fr')]);

// Pages load their admin parts lazily; on a loaded machine the first import in a file can take more
// than the default second. `findBy…` still returns as soon as the element is there.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks the layout APIs Mantine's components call.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView = () => undefined;
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: {
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      ready: Promise.resolve(),
    },
  });
}

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setAccessToken(null);
  window.localStorage.clear();
  window.sessionStorage.clear();
  await changeLanguage('en');
});
