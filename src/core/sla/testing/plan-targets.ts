import { parseTarget } from '../parse-target.js';
import type { SeverityTargets } from '../targets.js';

const SEVERITIES = ['blocker', 'critical', 'major', 'trivial'] as const;

/** Targets per severity from seed notation columns (Blocker, Critical, Major, Trivial); null = no target. Test helper. */
export function planTargets(response: Array<string | null>, resolution: Array<string | null>): Record<string, SeverityTargets> {
  const t = (s: string | null | undefined) => (s ? parseTarget(s) : null);
  return Object.fromEntries(SEVERITIES.map((sev, i) => [sev, { response: t(response[i]), resolution: t(resolution[i]) }]));
}

/** RULES §2 plan presets (Athento 001, Altanet 002), as seed notation. */
export const PLAN_TARGETS = {
  'athento-plus': planTargets(['8 h', '3 d', '4 d', '> 5 d'], [null, null, null, null]),
  'athento-standard': planTargets(['6 h', '2 d', '3 d', '> 4 d'], ['10 h', '5 d', '10 d', '< 30 d']),
  'athento-company': planTargets(['4 h', '8 h', '2 d', '> 3 d'], ['7 h', '2 d', '5 d', '< 15 d']),
  'athento-enterprise': planTargets(['2 h', '4 h', '1 d', '> 2 d'], ['4 h', '1 d', '3 d', '< 7 d']),
  'altanet-standard': planTargets(Array(4).fill('end of next working day'), Array(4).fill('after estimate')),
  'altanet-premium': planTargets(Array(4).fill('4 working hours'), Array(4).fill('after estimate')),
};
