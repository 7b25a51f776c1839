import { describe, expect, it } from 'vitest';
import { rewriteSource, tsSpecifier } from '../../scripts/codemods/ts-import-extensions.mjs';

// A made-up tree: /p/src/a.ts imports its neighbours; legacy.js is real JavaScript.
const FILES = new Set(['/p/src/b.ts', '/p/src/view.tsx', '/p/src/legacy.js', '/p/src/legacy.ts', '/p/src/worker.mts', '/p/lib/c.ts']);
const exists = (path: string) => FILES.has(path);

describe('ts-import-extensions codemod (issue 15 item 8)', () => {
  it('points a relative .js specifier at the .ts or .tsx file it stands for', () => {
    expect(tsSpecifier('./b.js', '/p/src/a.ts', exists)).toBe('./b.ts');
    expect(tsSpecifier('./view.js', '/p/src/a.ts', exists)).toBe('./view.tsx');
    expect(tsSpecifier('../lib/c.js', '/p/src/a.ts', exists)).toBe('../lib/c.ts');
    expect(tsSpecifier('./worker.mjs', '/p/src/a.ts', exists)).toBe('./worker.mts');
  });

  it('leaves packages, real JavaScript files, missing files and extensionless imports alone', () => {
    expect(tsSpecifier('fastify', '/p/src/a.ts', exists)).toBeNull();
    expect(tsSpecifier('node:fs', '/p/src/a.ts', exists)).toBeNull();
    expect(tsSpecifier('./legacy.js', '/p/src/a.ts', exists)).toBeNull();
    expect(tsSpecifier('./missing.js', '/p/src/a.ts', exists)).toBeNull();
    expect(tsSpecifier('./b', '/p/src/a.ts', exists)).toBeNull();
  });

  it('rewrites every kind of specifier, and nothing that only looks like one', () => {
    const src = [
      "import { b } from './b.js';",
      "import type { V } from \"./view.js\";",
      "export * from '../lib/c.js';",
      "const lazy = await import('./b.js');",
      "type T = typeof import('./b.js');",
      "vi.mock('./b.js', () => ({}));",
      "const label = './b.js';",
      "const legacy = await import('./legacy.js');",
    ].join('\n');
    const r = rewriteSource(src, '/p/src/a.ts', exists);
    expect(r.text.split('\n')).toEqual([
      "import { b } from './b.ts';",
      "import type { V } from \"./view.tsx\";",
      "export * from '../lib/c.ts';",
      "const lazy = await import('./b.ts');",
      "type T = typeof import('./b.ts');",
      "vi.mock('./b.ts', () => ({}));",
      "const label = './b.js';",
      "const legacy = await import('./legacy.js');",
    ]);
    expect(r.changes.map((c) => c.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
