import { expectedShape, type VersionScheme } from '../../core/versions/version-scheme.js';

export type VersionSchemeView = VersionScheme & { expected: string };

/** A scheme with the shape people type (R-V2). */
export const presentVersionScheme = (s: VersionScheme): VersionSchemeView => ({ ...s, expected: expectedShape(s) });
