/** Types for the codemod's exported helpers (the script itself is plain JavaScript, run by node). */
export function tsSpecifier(spec: string, fromFile: string, exists?: (path: string) => boolean): string | null;
export function rewriteSource(text: string, file: string, exists?: (path: string) => boolean): { text: string; changes: { line: number; from: string; to: string }[] };
