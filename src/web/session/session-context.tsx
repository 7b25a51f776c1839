import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, isApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client';
import type { LoginResponse, MeResponse, PersonActor } from '../api/types';
import { languageFor, setLanguage } from '../i18n/i18n';

export type SessionStatus = 'loading' | 'anonymous' | 'signed-in';

export interface Session {
  status: SessionStatus;
  actor: PersonActor | null;
  /** True when the last session ended by itself (expired), to explain the sign-in page. */
  expired: boolean;
  signIn(email: string, password: string): Promise<PersonActor>;
  signOut(): Promise<void>;
  /** Forget the session locally (after a password change the server has already ended it). */
  clear(): void;
}

const SessionContext = createContext<Session | null>(null);

function adopt(actor: PersonActor, csrf: string | null): void {
  setCsrfToken(csrf);
  void setLanguage(languageFor(actor));
}

/** Holds who is signed in; loads it from /auth/me at start. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [actor, setActor] = useState<PersonActor | null>(null);
  const [expired, setExpired] = useState(false);
  const statusRef = useRef<SessionStatus>('loading');
  useEffect(() => {
    statusRef.current = status;
  }, [status]);

  const queryClient = useQueryClient();
  const clear = useCallback(() => {
    // Nothing one person loaded may show to the next one signing in on this page.
    queryClient.clear();
    setCsrfToken(null);
    setActor(null);
    setStatus('anonymous');
  }, [queryClient]);

  useEffect(() => {
    const ctrl = new AbortController();
    // The contract types the actor more loosely than the session's view: read as the view (tighten the contract, then drop the cast).
    (api.get('/auth/me', { signal: ctrl.signal }) as Promise<MeResponse>)
      .then((me) => {
        adopt(me.actor, me.csrfToken);
        setActor(me.actor);
        setStatus('signed-in');
      })
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        if (!isApiError(err) || err.status !== 401) console.warn('session check failed', err);
        setStatus('anonymous');
      });
    return () => ctrl.abort();
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (statusRef.current !== 'signed-in') return;
      setExpired(true);
      clear();
    });
    return () => setUnauthenticatedHandler(null);
  }, [clear]);

  const signIn = useCallback(async (email: string, password: string) => {
    // The contract types the actor more loosely than the session's view: read as the view (tighten the contract, then drop the cast).
    const r = (await api.post('/auth/login', { body: { email, password } })) as LoginResponse;
    adopt(r.actor, r.csrfToken);
    setExpired(false);
    setActor(r.actor);
    setStatus('signed-in');
    return r.actor;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setExpired(false);
      clear();
    }
  }, [clear]);

  const value = useMemo<Session>(() => ({ status, actor, expired, signIn, signOut, clear }), [status, actor, expired, signIn, signOut, clear]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
