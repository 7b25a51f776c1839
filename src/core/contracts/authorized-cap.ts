/** The cap of one contract's plan version (R-C2): null = no cap. */
export interface CapSource {
  contractId: string;
  maxAuthorizedContacts: number | null;
}

export type AuthorizedCap =
  | { kind: 'unlimited'; contractId: string }
  | { kind: 'limited'; cap: number; contractId: string }
  | { kind: 'no_contract' };

/**
 * R-C2: the cap on a customer's authorized contacts, from the plan versions
 * of its current and future contracts. Several contracts: the most generous
 * wins (the contacts are the customer's, not a contract's); a plan without a
 * cap (null) means unlimited. No contract at all: nobody may be authorized.
 */
export function computeAuthorizedCap(sources: readonly CapSource[]): AuthorizedCap {
  let best: AuthorizedCap = { kind: 'no_contract' };
  for (const s of sources) {
    if (s.maxAuthorizedContacts === null) return { kind: 'unlimited', contractId: s.contractId };
    if (best.kind === 'no_contract' || (best.kind === 'limited' && s.maxAuthorizedContacts > best.cap)) {
      best = { kind: 'limited', cap: s.maxAuthorizedContacts, contractId: s.contractId };
    }
  }
  return best;
}

/** R-C2: whether one more authorized contact fits, given how many there are. */
export function canAuthorizeAnother(cap: AuthorizedCap, currentAuthorized: number): boolean {
  if (cap.kind === 'unlimited') return true;
  if (cap.kind === 'no_contract') return false;
  return currentAuthorized < cap.cap;
}

/**
 * R-C2 at intake: whether an authorized contact is within the cap in force.
 * When a cap is lowered (a new plan version takes effect) below the number of
 * authorized contacts, the earliest authorized are within it: `rank` is how
 * many of the customer's authorized contacts were authorized before this one
 * (ties by creation, then id, so the order is total). null cap = no cap.
 */
export function isWithinCap(rank: number, cap: number | null): boolean {
  return cap === null || rank < cap;
}
