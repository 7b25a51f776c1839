/**
 * Business-time benchmark (issue 3, R-T2): Coverdesk against npm peers on the
 * same seeded questions over the five preset calendars (2026–2027 holidays).
 *   npx tsx bench/business-time/run.ts [--n 100000] [--seed 42] [--peer-n 100000] [--peer-zone calendar|UTC]
 */
import { parseArgs } from 'node:util';
import { addBusinessSeconds, businessSecondsBetween, compileCalendar, explainAdd, tableBytes } from '../../src/core/time/index.js';
import { libraryClosures } from '../../src/core/time/holiday-closures.js';
import { formatIsoDate } from '../../src/core/time/civil-date.js';
import { PRESET_CALENDARS, singleVersion } from '../../src/core/time/testing/preset-calendars.js';
import { bestRate, fmt } from './measure.js';
import { dayjsBusinessTimePeer } from './peers/dayjs-business-time.js';
import { momentBusinessTime } from './peers/moment-business-time.js';
import { workingTimes } from './peers/working-times.js';
import { runPeerTasks } from './peer-runner.js';
import { makeQuestions } from './questions.js';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '100000' }, seed: { type: 'string', default: '42' }, 'peer-n': { type: 'string' }, 'peer-zone': { type: 'string', default: 'calendar' } },
});
const N = Number(values.n);
const SEED = Number(values.seed);
const PEER_N = Math.min(N, Number(values['peer-n'] ?? N));
/** Zone the peers run in: "calendar" (TZ = the calendar's zone, their best case) or a fixed zone such as UTC (a server's). */
const PEER_ZONE = values['peer-zone']!;
const YEARS = { fromYear: 2026, toYear: 2027 };

const names = Object.keys(PRESET_CALENDARS);
const specs = names.map((k) => PRESET_CALENDARS[k]!);
const t0 = performance.now();
const cals = specs.map((s) => compileCalendar(singleVersion(s), YEARS));
const compileMs = (performance.now() - t0) / cals.length;
const holidays = specs.map((s) => [...libraryClosures(s, YEARS.fromYear, YEARS.toYear).entries()].filter(([, c]) => c.whole).map(([d]) => formatIsoDate(d)));
const q = makeQuestions(N, cals.length, SEED);

// Coverdesk: all questions, interleaved calendars, warm, best of 5.
const due = new Float64Array(N);
const secs = new Float64Array(N);
const add = bestRate(N, 5, () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += due[i] = addBusinessSeconds(cals[q.calendar[i]!]!, q.from[i]!, q.minutes[i]! * 60);
  return s;
});
const between = bestRate(N, 5, () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += secs[i] = businessSecondsBetween(cals[q.calendar[i]!]!, q.from[i]!, q.to[i]!);
  return s;
});

interface PeerResult { name: string; addRate: number; betweenRate: number; agreeAdd: number; openingOnly: number; agreeBetween: number; hung: number; threw: number; examples: string[] }

/** Runs a peer on the first PEER_N questions, one calendar at a time (peers keep global state), in the calendar's zone. */
async function runPeer(name: string): Promise<PeerResult> {
  const r: PeerResult = { name, addRate: 0, betweenRate: 0, agreeAdd: 0, openingOnly: 0, agreeBetween: 0, hung: 0, threw: 0, examples: [] };
  let addNs = 0;
  let betweenNs = 0;
  for (let c = 0; c < cals.length; c++) {
    const idx: number[] = [];
    for (let i = 0; i < PEER_N; i++) if (q.calendar[i] === c) idx.push(i);
    const zone = PEER_ZONE === 'calendar' ? specs[c]!.timeZone : PEER_ZONE;
    const a = await runPeerTasks(name, zone, specs[c]!, holidays[c]!, Int32Array.from([...idx, ...idx.map((i) => ~i)]), q);
    addNs += a.addNs;
    betweenNs += a.betweenNs;
    r.hung += a.hung;
    r.threw += a.threw;
    idx.forEach((i, k) => {
      const pAdd = a.results[k]!;
      const pBetween = a.results[idx.length + k]!;
      if (pAdd === due[i]! * 1000) r.agreeAdd++;
      else {
        const e = explainAdd(cals[c]!, q.from[i]!, q.minutes[i]! * 60);
        if (e.nextOpening && pAdd === e.nextOpening.epochSeconds * 1000) {
          if (r.openingOnly++ === 0) r.examples.push(`${names[c]} add ${e.from.local} + ${q.minutes[i]} min: Coverdesk ${e.due.local} (the closing time, R-T5), ${name} returns the next opening ${e.nextOpening.local}`);
        }
        else if (r.examples.length < 4) r.examples.push(`${names[c]} add ${e.from.local} + ${q.minutes[i]} min: Coverdesk ${e.due.local}, ${name} ${Number.isNaN(pAdd) ? 'threw or hung' : new Date(pAdd).toISOString()}`);
      }
      if (pBetween === secs[i]! / 60) r.agreeBetween++;
      else if (r.examples.length < 8) r.examples.push(`${names[c]} between ${new Date(q.from[i]! * 1000).toISOString()} → ${new Date(q.to[i]! * 1000).toISOString()}: Coverdesk ${secs[i]! / 60} min, ${name} ${Number.isNaN(pBetween) ? 'threw or hung' : `${pBetween} min`}`);
    });
  }
  return { ...r, addRate: PEER_N / (addNs / 1e9), betweenRate: PEER_N / (betweenNs / 1e9) };
}

const peers: PeerResult[] = [];
for (const p of [momentBusinessTime, dayjsBusinessTimePeer, workingTimes]) peers.push(await runPeer(p.name));
const pct = (k: number) => `${((100 * k) / PEER_N).toFixed(2)} %`;

console.log(`Business time benchmark — ${fmt(N)} questions, seed ${SEED}, 5 preset calendars, 2026–2027, Node ${process.version}`);
console.log(`(peers answer the first ${fmt(PEER_N)} questions, in ${PEER_ZONE === 'calendar' ? "each calendar's zone (TZ set per calendar)" : `process zone ${PEER_ZONE}`})\n`);
console.log('library                  deadlines/s    between/s   vs Coverdesk (add / between)   agree add (+opening conv.)   agree between');
console.log(`Coverdesk            ${fmt(add.rate).padStart(13)} ${fmt(between.rate).padStart(12)}   1× / 1×`);
for (const r of peers) {
  const ratio = `${fmt(add.rate / r.addRate)}× / ${fmt(between.rate / r.betweenRate)}×`;
  console.log(`${r.name.padEnd(21)}${fmt(r.addRate).padStart(13)} ${fmt(r.betweenRate).padStart(12)}   ${ratio.padEnd(29)}  ${pct(r.agreeAdd).padStart(8)} (${pct(r.agreeAdd + r.openingOnly)})        ${pct(r.agreeBetween)}${r.hung + r.threw ? `   (${fmt(r.threw)} calls threw, ${fmt(r.hung)} hung)` : ''}`);
}
const fastest = Math.max(...peers.map((r) => r.addRate));
console.log(`\nCoverdesk vs fastest peer on deadlines: ${fmt(add.rate / fastest)}× (target ≥ 50×); deadlines/s target ≥ 2,000,000: ${add.rate >= 2e6 ? 'met' : 'NOT met'}`);
const perYear = cals.map((c) => tableBytes(c) / (YEARS.toYear - YEARS.fromYear + 1));
console.log(`Compiled tables per calendar-year: ${perYear.map((b, i) => `${names[i]} ${fmt(b)} B`).join(', ')} (target < 1 MB); compile ${compileMs.toFixed(1)} ms per calendar (2 years)`);
console.log('\nFirst disagreements per peer (one next-opening case, then the others):');
for (const r of peers) for (const e of r.examples) console.log(`  ${e}`);
console.log(`checksums ${add.checksum} ${between.checksum}`);
const extra = `${values['peer-n'] ? ` --peer-n ${PEER_N}` : ''}${PEER_ZONE !== 'calendar' ? ` --peer-zone ${PEER_ZONE}` : ''}`;
console.log(`\nReproduce: npx tsx bench/business-time/run.ts --n ${N} --seed ${SEED}${extra}`);
