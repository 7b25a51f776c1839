// A worker process for the crash test: runs the SLA sweep one ticket per
// transaction against DATABASE_URL with the clock fixed at CLOCK_AT.
import { manualClock } from '../../src/core/clock.js';
import { sweepDueSla } from '../../src/jobs/sla-sweep-due.js';
import { openStorage } from '../../src/storage/db.js';

const storage = await openStorage({ databaseUrl: process.env.DATABASE_URL!, dataDir: '' });
const clock = manualClock(process.env.CLOCK_AT!);
const r = await sweepDueSla({ db: storage.db, clock, publicUrl: 'http://desk.test' }, { batch: 1, maxBatches: 100_000 });
process.stdout.write(`${JSON.stringify(r)}\n`);
await storage.close();
