import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { changeLanguage, chosenLanguage, isLanguage } from '../i18n/i18n';
import { onAccessTokenChange, refreshAccessToken, setAccessToken } from './session';

type LoginResult = ReturnType<typeof loginRequest> extends Promise<infer R> ? R : never;
export type CurrentUser = LoginResult['user'];

async function loginRequest(email: string, password: string) {
  return unwrap(await api.POST('/api/auth/login', { body: { email, password } }));
}

interface AuthState {
  /** `undefined` while the session is being restored at load. */
  user: CurrentUser | null | undefined;
  /** Signed out by `logout()` in this tab (not by an expired session), until the next login. */
  loggedOut: boolean;
  /** Signed out because the session ended under a signed-in user, until the next login. */
  expired: boolean;
  login(email: string, password: string): Promise<CurrentUser>;
  logout(): Promise<void>;
  setUser(user: CurrentUser): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUserState] = useState<CurrentUser | null | undefined>(undefined);
  const [loggedOut, setLoggedOut] = useState(false);
  const [expired, setExpired] = useState(false);
  // Read by the token listener, which is registered once.
  const signedIn = useRef(false);
  const loggingOut = useRef(false);
  useEffect(() => {
    signedIn.current = Boolean(user);
  }, [user]);

  const adoptUser = useCallback((next: CurrentUser) => {
    setUserState(next);
    if (isLanguage(next.locale)) void changeLanguage(next.locale);
  }, []);

  /**
   * At sign-in a language picked with the switch in this browser wins and becomes the language of the
   * user's mails; otherwise the interface takes the language saved with the account.
   */
  const signIn = useCallback(
    async (next: CurrentUser) => {
      const chosen = chosenLanguage();
      if (chosen && chosen !== next.locale) {
        const updated = await api.PATCH('/api/users/me', { body: { locale: chosen } });
        if (updated.data) return adoptUser(updated.data);
      }
      adoptUser(next);
    },
    [adoptUser],
  );

  useEffect(() => {
    let active = true;
    (async () => {
      const token = await refreshAccessToken();
      if (!token) return null;
      const result = await api.GET('/api/users/me');
      return result.response.ok ? (result.data ?? null) : null;
    })()
      .catch(() => null)
      .then((restored) => {
        if (!active) return;
        if (restored) void signIn(restored);
        else setUserState(null);
      });
    return () => {
      active = false;
    };
  }, [signIn]);

  // A failed refresh (session revoked elsewhere) signs the user out of this tab too.
  useEffect(
    () =>
      onAccessTokenChange((token) => {
        if (token) return;
        if (signedIn.current && !loggingOut.current) setExpired(true);
        setUserState((current) => (current === undefined ? current : null));
      }),
    [],
  );

  const value = useMemo<AuthState>(
    () => ({
      user,
      loggedOut,
      expired,
      async login(email, password) {
        const result = await loginRequest(email, password);
        setLoggedOut(false);
        setExpired(false);
        setAccessToken(result.accessToken);
        await signIn(result.user);
        return result.user;
      },
      async logout() {
        setLoggedOut(true);
        loggingOut.current = true;
        await api.POST('/api/auth/logout').catch(() => undefined);
        setAccessToken(null);
        loggingOut.current = false;
        setUserState(null);
        queryClient.clear();
      },
      setUser: adoptUser,
    }),
    [user, loggedOut, expired, adoptUser, signIn, queryClient],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
