import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PAGES } from '../../core/pages.js';
import type { PersonActor, StaffRole } from '../api/types';
import { Empty } from '../components/empty';
import { LockIcon } from '../components/icons';
import { PageLoader } from '../components/load-state';
import { useSession } from './session-context';

/** Where a person lands after signing in. */
export function homePath(actor: PersonActor): string {
  return actor.kind === 'contact' ? PAGES.supportOverview : PAGES.consoleQueue;
}

/** Renders nested routes for a signed-in person; otherwise sends them to sign in and back. */
export function RequireSignedIn() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') return <PageLoader />;
  if (status === 'anonymous') return <Navigate to={PAGES.signIn} replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

export function HomeRedirect() {
  const { actor } = useSession();
  return actor ? <Navigate to={homePath(actor)} replace /> : <Navigate to={PAGES.signIn} replace />;
}

/** Shows children only to the listed staff roles, or 'contact'; others see why not (the API would refuse them too). */
export function Allow({ roles, children }: { roles: Array<StaffRole | 'contact'>; children: ReactNode }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const role = actor?.kind === 'user' ? actor.role : actor?.kind === 'contact' ? 'contact' : null;
  if (role && roles.includes(role)) return <>{children}</>;
  return <Empty icon={<LockIcon />} title={t('errors.FORBIDDEN')} description={t('common.forbiddenHint')} />;
}
