import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { findAttachment } from '../../storage/attachments.queries.js';
import type { BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { Scope } from '../../core/scope.js';

/** An attachment's bytes for the caller; another customer's or an internal file is NOT_FOUND for contacts. */
export async function readAttachment(deps: { db: Db; blobs: BlobStore }, input: { actor: Actor; ticketId: string; id: string }) {
  const contact = input.actor.kind === 'contact';
  const a = await findAttachment(deps.db, Scope.of(input.actor), input.ticketId, input.id);
  if (!a || (contact && a.internal)) throw new DomainError('NOT_FOUND', 'No such attachment.');
  return { filename: a.filename, contentType: a.contentType, bytes: await deps.blobs.get(a.sha256) };
}
