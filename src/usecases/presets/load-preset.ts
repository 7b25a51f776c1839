import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Value } from '@sinclair/typebox/value';
import { checkCalendarSpec } from '../../core/catalogue/calendar-check.js';
import type { CalendarSpec } from '../../core/time/calendar.js';
import { DomainError } from '../../core/errors.js';
import { PresetSchema, type Preset } from '../../core/catalogue/preset-schema.js';

/** presets/ at the repository root: data files, not code. */
export const PRESETS_DIR = fileURLToPath(new URL('../../../presets/', import.meta.url));

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Names of the shipped presets (file names without .json), sorted. */
export function listPresetNames(dir = PRESETS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && NAME.test(f.slice(0, -5)))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * Reads and validates presets/<name>.json against the preset schema.
 * Throws PRESET_NOT_FOUND (unknown or malformed name) and INVALID_PRESET
 * (bad JSON, schema mismatch, or a calendar the desk would refuse, e.g. an
 * unknown holiday country or region, R-T1; details list each path).
 */
export function loadPreset(name: string, dir = PRESETS_DIR): Preset {
  if (!NAME.test(name) || !listPresetNames(dir).includes(name)) {
    throw new DomainError('PRESET_NOT_FOUND', `No preset named ${name}.`, { available: listPresetNames(dir) });
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8'));
  } catch (e) {
    throw new DomainError('INVALID_PRESET', `Preset ${name} is not valid JSON.`, [{ path: '', problem: (e as Error).message }]);
  }
  if (!Value.Check(PresetSchema, data)) {
    const issues = [...Value.Errors(PresetSchema, data)].slice(0, 20).map((e) => ({ path: e.path.slice(1).replace(/\//g, '.'), problem: e.message }));
    throw new DomainError('INVALID_PRESET', `Preset ${name} does not match the preset schema.`, issues);
  }
  if (data.name !== name) throw new DomainError('INVALID_PRESET', `Preset file ${name}.json names itself ${data.name}.`, [{ path: 'name', problem: 'must match the file name' }]);
  const calendarIssues = data.calendars.flatMap((c, i) => checkCalendarSpec(c.spec as CalendarSpec).map((p) => ({ path: `calendars.${i}.spec.${p.path}`, problem: p.problem })));
  if (calendarIssues.length) throw new DomainError('INVALID_PRESET', `Preset ${name} defines a calendar the desk would refuse.`, calendarIssues);
  return data;
}
