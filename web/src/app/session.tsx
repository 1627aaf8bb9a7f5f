// The signed-in user (GET /api/auth/me), sign-in and sign-out. The CSRF token from login (or /me) is
// kept in memory for state-changing requests.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { User } from '../api';
import { api } from '../api';
import { setCsrfToken } from '../api/http';

interface Session {
  user: User | null;
  loading: boolean;
  login: (name: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session>({
  user: null,
  loading: true,
  login: () => Promise.reject(new Error('no session')),
  logout: () => Promise.resolve(),
});

export const useSession = () => useContext(SessionContext);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    api
      .me()
      .then((me) => {
        setUser(me?.user ?? null);
        if (me?.csrfToken) setCsrfToken(me.csrfToken);
        else if (!me?.user) setCsrfToken(null);
      })
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
  }, []);
  const login = useCallback(async (name: string, password: string) => {
    const r = await api.login(name, password);
    setCsrfToken(r.csrfToken);
    setUser(r.user);
    return r.user;
  }, []);
  const logout = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setCsrfToken(null);
    setUser(null);
  }, []);
  const value = useMemo(() => ({ user, loading, login, logout }), [user, loading, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
