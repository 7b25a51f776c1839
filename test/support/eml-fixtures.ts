import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'mail');

/**
 * A raw message from test/fixtures/mail/<name>.eml with its `{{key}}`
 * placeholders filled from `vars` (a missing one throws, so a fixture never
 * goes out half-filled).
 */
export function emlFixture(name: string, vars: Record<string, string | number>): Buffer {
  const text = readFileSync(join(DIR, `${name}.eml`), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in vars)) throw new Error(`${name}.eml needs {{${key}}}`);
    return String(vars[key]);
  });
  return Buffer.from(text, 'utf8');
}
