/** What importing one preset item did (idempotent: a re-import reports 'unchanged'). */
export interface ImportOutcome {
  kind: 'severity' | 'calendar' | 'plan';
  code: string;
  outcome: 'created' | 'updated' | 'new_version' | 'unchanged';
  /** Version created or current, for calendars and plans. */
  version?: number;
  effectiveFrom?: string;
}
