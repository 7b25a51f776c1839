import { expectedShape, type VersionScheme } from '../../core/versions/version-scheme.js';
import type { VersionSchemeView } from '../../views/products.js';

export type { VersionSchemeView };

/** A scheme with the shape people type (R-V2). */
export const presentVersionScheme = (s: VersionScheme): VersionSchemeView => ({ ...s, expected: expectedShape(s) });
