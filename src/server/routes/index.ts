import type { RouteModule } from '../types.js';
import { userRoutes } from './admin/users.js';
import { meRoutes } from './auth/me.js';
import { sessionRoutes } from './auth/session.js';
import { healthRoutes } from './system/health.js';
import { webRoutes } from './system/web.js';

/** Every route module, registered in this order by buildApp. */
export const ROUTE_MODULES: RouteModule[] = [
  healthRoutes,
  sessionRoutes,
  meRoutes,
  userRoutes,
  // Last: the SPA fallback answers only what no API route claims.
  webRoutes,
];
