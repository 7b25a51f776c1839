import type { Actor } from '../core/actor.js';
import type { Db } from './db.js';
import { auditEvents } from './schema/index.js';

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function recordAudit(
  db: Db,
  e: { at: Date; actor: Actor; action: string; objectType: string; objectId: string; details?: Record<string, unknown> },
): Promise<void> {
  await db.insert(auditEvents).values({
    at: e.at,
    actorKind: e.actor.kind,
    actorId: e.actor.id,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    details: e.details ?? {},
  });
}
