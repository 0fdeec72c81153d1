// Who is signed in. On start the app asks the server (/auth/me) instead of trusting anything stored in the
// browser: the httpOnly cookie is the session and the server alone knows whether it is still valid.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { currentUser, login, logout } from '../api/auth.ts';
import type { SessionUser } from '../api/auth.ts';

type SessionState =
  | { status: 'checking' }
  | { status: 'unreachable' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: SessionUser };

interface Auth {
  session: SessionState;
  recheck(): void;
  signIn(username: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'checking' });

  const recheck = useCallback(() => {
    setSession({ status: 'checking' });
    currentUser().then(
      (user) => setSession(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      () => setSession({ status: 'unreachable' }),
    );
  }, []);

  useEffect(recheck, [recheck]);

  const signIn = useCallback(async (username: string, password: string) => {
    const user = await login(username, password);
    setSession({ status: 'signed-in', user });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    await logout();
    setSession({ status: 'signed-out' });
  }, []);

  const value = useMemo(() => ({ session, recheck, signIn, signOut }), [session, recheck, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>');
  return context;
}
