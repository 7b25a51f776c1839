import { Route, Routes } from 'react-router-dom';
import { AreaLayout } from './layouts/area-layout';
import { lazyNamed } from './lazy-named';
import { NotFoundPage } from './pages/not-found-page';
import { SignInPage } from './pages/sign-in-page';
import { Allow, HomeRedirect, RequireSignedIn } from './session/guards';

// The console's first screen and the sign-in page are in the initial bundle; the rest loads on demand.
const QueuePage = lazyNamed(() => import('./console/queue-page'), 'QueuePage');
const ChangePasswordPage = lazyNamed(() => import('./account/change-password-page'), 'ChangePasswordPage');
const ApiTokensPage = lazyNamed(() => import('./account/api-tokens-page'), 'ApiTokensPage');
const UsersPage = lazyNamed(() => import('./admin/users/users-page'), 'UsersPage');
const SupportOverviewPage = lazyNamed(() => import('./portal/overview-page'), 'SupportOverviewPage');
const SupportContactsPage = lazyNamed(() => import('./portal/contacts-page'), 'SupportContactsPage');

const MANAGERS = ['admin', 'manager'] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSignedIn />}>
        <Route index element={<HomeRedirect />} />
        <Route element={<AreaLayout />}>
          <Route path="console/queue" element={<Allow roles={['admin', 'manager', 'agent']}><QueuePage /></Allow>} />
          <Route path="admin/users" element={<Allow roles={[...MANAGERS]}><UsersPage /></Allow>} />
          <Route path="support/overview" element={<Allow roles={['contact']}><SupportOverviewPage /></Allow>} />
          <Route path="support/contacts" element={<Allow roles={['contact']}><SupportContactsPage /></Allow>} />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="account/tokens" element={<ApiTokensPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
