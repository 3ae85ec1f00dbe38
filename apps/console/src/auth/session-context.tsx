import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setTokenSource } from '../api/graphql-client';
import { storedSession, storeToken, sessionOfToken, type Session } from './session';

interface SessionState {
  session: Session | null;
  /** Signs in with a token; false when the token is not readable or has expired. */
  signIn(token: string): boolean;
  signOut(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(() => storedSession());
  setTokenSource(() => session?.token ?? null);
  const signIn = useCallback(
    (token: string) => {
      const next = sessionOfToken(token);
      if (!next) return false;
      storeToken(next.token);
      setTokenSource(() => next.token);
      queryClient.clear();
      setSession(next);
      return true;
    },
    [queryClient],
  );
  const signOut = useCallback(() => {
    storeToken(null);
    setTokenSource(() => null);
    queryClient.clear();
    setSession(null);
  }, [queryClient]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in session; only for screens behind RequireSession. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn outside RequireSession');
  return session;
}
