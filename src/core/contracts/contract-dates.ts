import type { Issue } from '../catalogue/issues.js';

/** The dates of a contract (R-P3), 'YYYY-MM-DD'; endDate null = open-ended. */
export interface ContractDates {
  startDate: string;
  goLiveDate: string | null;
  endDate: string | null;
}

/** R-P3: end ≥ start. The go-live date may lie before the start (an older project taking support later). */
export function checkContractDates(d: ContractDates): Issue[] {
  if (d.endDate !== null && d.endDate < d.startDate) {
    return [{ path: 'endDate', problem: `end date ${d.endDate} is before start date ${d.startDate}` }];
  }
  return [];
}

/** R-P3: a contract is active on `date` from its start date to its end date, both inclusive. */
export function isContractActiveOn(d: Pick<ContractDates, 'startDate' | 'endDate'>, date: string): boolean {
  return d.startDate <= date && (d.endDate === null || date <= d.endDate);
}
