// How this process runs the TypeScript sources (issue 15 item 8). Node 24 (and
// 22.18+) strips types itself (process.features.typescript), but it does not map
// an import of './x.js' to './x.ts': native stripping needs sources that import
// '.ts'. scripts/codemods/ts-import-extensions.mjs rewrites them and sets
// SOURCES_IMPORT_TS; until then, and always on Node 20, tsx compiles them.
// Plain .mjs: it runs before any TypeScript can be loaded.

/** Whether the sources import `.ts` files (set by the codemod, never by hand). */
export const SOURCES_IMPORT_TS = false;

/** True when Node itself runs the sources: no tsx in the process. */
export const nativeTypeScript = SOURCES_IMPORT_TS && Boolean(process.features.typescript);

/** Registers tsx's loader where Node cannot run the sources by itself. Call before importing any .ts file. */
export async function loadTypeScript() {
  if (nativeTypeScript) return 'node';
  const { register } = await import('tsx/esm/api');
  register();
  return 'tsx';
}
