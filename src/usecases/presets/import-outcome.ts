export type { ImportOutcome } from '../../views/presets.js';
