import { compareVersions, formatVersion, type VersionKey } from '../../core/versions/parse-version.js';
import { endOfLifeDate, majorLineOf } from '../../core/versions/end-of-life.js';
import type { VersionScheme } from '../../core/versions/version-scheme.js';
import type { Db } from '../../storage/db.js';
import type { ProductRow } from '../../storage/products.queries.js';
import { listPublicReleaseRows } from '../../storage/releases.queries.js';
import type { MajorLine } from '../../views/products.js';

export type { MajorLine };

export interface Lifecycle {
  /** Newest public published version, or null before the first release. */
  latestVersion: string | null;
  latestVersionKey: VersionKey | null;
  majors: MajorLine[];
}

/**
 * R-V5: each major line's first release date and end of life, from the
 * product's published public releases (hotfixes for one customer do not
 * start a major line). Majors newest first.
 */
export async function computeLifecycle(db: Db, product: ProductRow, scheme: VersionScheme): Promise<Lifecycle> {
  const rows = await listPublicReleaseRows(db, product.id);
  const byMajor = new Map<string, MajorLine>();
  let latest: VersionKey | null = null;
  for (const r of rows) {
    if (!latest || compareVersions(r.versionKey, latest) > 0) latest = r.versionKey;
    const line = formatVersion(majorLineOf(scheme, r.versionKey));
    const on = r.releasedOn ?? r.publishedAt!.toISOString().slice(0, 10);
    const cur = byMajor.get(line);
    if (!cur) byMajor.set(line, { majorLine: line, firstReleasedOn: on, endOfLife: '', latestVersion: r.version });
    else {
      if (on < cur.firstReleasedOn) cur.firstReleasedOn = on;
      cur.latestVersion = r.version; // rows come in version order
    }
  }
  const majors = [...byMajor.values()]
    .map((m) => ({ ...m, endOfLife: endOfLifeDate(m.firstReleasedOn, product.majorLifetimeMonths) }))
    .sort((a, b) => compareVersions(b.majorLine.split('.').map(Number), a.majorLine.split('.').map(Number)));
  return { latestVersion: latest ? formatVersion(latest) : null, latestVersionKey: latest, majors };
}

/** The major line entry a version belongs to, or null when that major has no public release yet. */
export function majorOf(lifecycle: Lifecycle, scheme: VersionScheme, key: VersionKey): MajorLine | null {
  const line = formatVersion(majorLineOf(scheme, key));
  return lifecycle.majors.find((m) => m.majorLine === line) ?? null;
}
