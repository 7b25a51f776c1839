import { Type } from '@sinclair/typebox';
import { previewSla } from '../../../usecases/sla/preview-sla.js';
import { IsoInstant, Obj, Uuid } from '../../schemas.js';
import type { App } from '../../types.js';
import { SeverityCode } from '../ticket-schemas.js';
import { actorOf } from '../../plugins/actor.js';
import { SlaPreviewPost } from '../../contract/agent.js';

/** POST /api/v1/sla/preview: when would a ticket be due, and why (R-S1, R-T3, R-S5). */
export async function slaPreviewRoutes(app: App): Promise<void> {
  app.post(
    '/api/v1/sla/preview',
    {
      config: { access: ['admin', 'manager', 'agent'] },
      schema: {
        tags: ['sla'],
        summary: 'Due instants of a plan version and severity for a registration instant, with explanations',
        body: Obj({ planId: Uuid, planVersion: Type.Optional(Type.Integer({ minimum: 1 })), severity: SeverityCode, registeredAt: IsoInstant }), response: { 200: SlaPreviewPost },
      },
    },
    async (req) => previewSla(app.deps, { actor: actorOf(req), ...req.body, registeredAt: new Date(req.body.registeredAt) }),
  );
}
