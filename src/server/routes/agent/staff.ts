import { Type } from '@sinclair/typebox';
import { listStaff } from '../../../usecases/users/list-staff.js';
import { staffOf } from '../../plugins/actor.js';
import type { App } from '../../types.js';
import { STAFF_ROLES } from '../../../core/enums.js';
import { literalUnion } from '../../../core/literal-union.js';

const Member = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: literalUnion(STAFF_ROLES),
  archived: Type.Boolean(),
});

/** The staff directory: names for every vendor user, not only managers (who also manage users). */
export async function agentStaffRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/agent/staff',
    {
      config: { access: ['admin', 'manager', 'agent'] as const },
      schema: {
        tags: ['users'],
        summary: 'The staff directory: every vendor user’s name and role, archived ones flagged',
        description: 'For naming authors and assignees and for picking an assignee. No emails; managing users is /admin/users.',
        response: { 200: Type.Object({ items: Type.Array(Member) }) },
      },
    },
    async (req) => listStaff(app.deps, { actor: staffOf(req) }),
  );
}
