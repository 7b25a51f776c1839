import { useSession } from '../../session/session-context';

/** Admins and managers edit the catalogue, customers and contracts; agents read. */
export function useCanEditCatalogue(): boolean {
  const { actor } = useSession();
  return actor?.kind === 'user' && (actor.role === 'admin' || actor.role === 'manager');
}
