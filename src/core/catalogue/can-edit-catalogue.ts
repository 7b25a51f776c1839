import type { Actor } from '../actor.js';
import { DomainError } from '../errors.js';

/** R-P1: admins, managers and the system (CLI, presets, demo) edit the catalogue and customers; agents only read. */
export function canEditCatalogue(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'manager'));
}

/** Throws FORBIDDEN unless canEditCatalogue(actor). */
export function assertCanEditCatalogue(actor: Actor): void {
  if (!canEditCatalogue(actor)) throw new DomainError('FORBIDDEN', 'Only admins and managers may change the catalogue.');
}
