import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The clock of the `coverdesk` processes a fault suite starts (fault-clock.mjs reads the file). */
export interface FaultClock {
  /** Passed to the child as FAULT_CLOCK_FILE. */
  file: string;
  now(): Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function createFaultClock(start: Date | string): FaultClock {
  const file = join(mkdtempSync(join(tmpdir(), 'coverdesk-clock-')), 'now');
  let t = new Date(start).getTime();
  // Written aside and renamed: a child reading at that moment sees the old instant or the new one, never an empty file.
  const write = () => {
    writeFileSync(`${file}.next`, new Date(t).toISOString());
    renameSync(`${file}.next`, file);
  };
  write();
  return {
    file,
    now: () => new Date(t),
    set(at) {
      t = new Date(at).getTime();
      write();
    },
    advance(ms) {
      t += ms;
      write();
    },
  };
}
