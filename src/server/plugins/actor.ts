import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';

/** The authenticated actor; routes with an access rule always have one. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  return req.actor;
}

/** The acting contact, for portal routes (access ['contact']). */
export function contactOf(req: FastifyRequest): Extract<Actor, { kind: 'contact' }> {
  const a = actorOf(req);
  if (a.kind !== 'contact') throw new DomainError('FORBIDDEN', 'Only a customer contact may do this.');
  return a;
}

/** The acting vendor user, for staff routes. */
export function staffOf(req: FastifyRequest): Extract<Actor, { kind: 'user' }> {
  const a = actorOf(req);
  if (a.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff may do this.');
  return a;
}
