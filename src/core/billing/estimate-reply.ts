/**
 * R-B4 approval by replying to the estimate email: the decision is the first
 * word of the reply's new text (quoted history removed by the caller), in any
 * of the three languages, case- and accent-insensitive. Null when the reply
 * says neither (it is then an ordinary reply on the ticket).
 */
export function parseEstimateDecision(text: string): 'approve' | 'decline' | null {
  const first = text.trim().split(/[\s.,;:!]+/u)[0] ?? '';
  const w = first.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  if (['APPROVE', 'APPROVED', 'APRUEBO', 'APROBADO', 'APROBAR', 'ΕΓΚΡΙΝΩ', 'ΕΓΚΡΙΣΗ'].includes(w)) return 'approve';
  if (['DECLINE', 'DECLINED', 'RECHAZO', 'RECHAZADO', 'RECHAZAR', 'ΑΠΟΡΡΙΠΤΩ', 'ΑΠΟΡΡΙΨΗ'].includes(w)) return 'decline';
  return null;
}
