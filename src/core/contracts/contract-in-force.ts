import { isContractActiveOn } from './contract-dates.js';

/** What the in-force rule reads of a contract ('YYYY-MM-DD' dates). */
export interface ContractForRule {
  id: string;
  startDate: string;
  endDate: string | null;
  archived: boolean;
}

/**
 * R-P3: the contract in force for a customer on `date` (the customer's local
 * date): a live contract active that day; when several are, the earliest start
 * (then the lowest id) governs. None when the customer is archived.
 *
 * The intake statement repeats this in SQL for speed (storage/ticket-intake.queries.ts);
 * storage/rules-sql-vs-core.test.ts drives both with generated cases.
 */
export function findContractInForce<C extends ContractForRule>(contracts: readonly C[], date: string, customerArchived = false): C | null {
  if (customerArchived) return null;
  let best: C | null = null;
  for (const c of contracts) {
    if (c.archived || !isContractActiveOn(c, date)) continue;
    if (best === null || c.startDate < best.startDate || (c.startDate === best.startDate && c.id < best.id)) best = c;
  }
  return best;
}
