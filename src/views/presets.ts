// The preset catalogues' API shapes (GET /admin/presets, POST /admin/presets/:name/import):
// written once, returned by src/usecases/presets and read by the web. Type-only.
import type { Preset } from '../core/catalogue/preset-schema.js';

export interface PresetSummary {
  name: string;
  title: string;
  description: string;
  source: string;
  notes: string[];
  /** How unlabelled seed columns were assigned to plans (seed 003), for the UI to show. */
  columnMapping: NonNullable<Preset['columnMapping']> | null;
  plans: { code: string; name: string }[];
  calendars: { code: string; name: string }[];
  severities: string[];
}

/** What importing one preset item did (idempotent: a re-import reports 'unchanged'). */
export interface ImportOutcome {
  kind: 'severity' | 'calendar' | 'plan';
  code: string;
  outcome: 'created' | 'updated' | 'new_version' | 'unchanged';
  /** Version created or current, for calendars and plans. */
  version?: number;
  effectiveFrom?: string;
}

export interface ImportPresetResult {
  name: string;
  items: ImportOutcome[];
  counts: Record<ImportOutcome['outcome'], number>;
}
