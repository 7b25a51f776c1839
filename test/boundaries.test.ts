import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const rules = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));

/**
 * Regression: `options.exclude: node_modules` dropped every package from the
 * cruise, so `core-no-io-libraries` could never fire. The rules are run on
 * probes that break them, with the project's own configuration.
 */
describe('import rules (npm run boundaries)', () => {
  it('each rule bites its probe, and the allowed probes pass', async () => {
    const result = await cruise(['src'], { ...rules.options, baseDir: join(ROOT, 'test/fixtures/boundaries'), ruleSet: { forbidden: rules.forbidden }, validate: true }, undefined, {
      tsConfig: { fileName: join(ROOT, 'tsconfig.json') },
    });
    const output = result.output as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
    const found = output.summary.violations.map((v) => `${v.rule.name} ${v.from}`).sort();
    // Not here, on purpose: mail/carries-db-type.ts (the handle as a type, and its own layer) and
    // cli/starts-entry.ts (the CLI starts the roles).
    expect(found).toEqual([
      'core-no-io-libraries src/core/uses-fastify.ts',
      'delivery-layers-apart src/cli/uses-server.ts',
      'delivery-layers-apart src/jobs/uses-mail.ts',
      'delivery-not-entry src/server/uses-entry.ts',
      'delivery-not-storage src/server/uses-storage-query.ts',
      'delivery-storage-handles-as-types src/jobs/uses-storage-handle.ts',
      'presenters-see-storage-types-only src/presenters/runs-query.ts',
      'views-no-packages src/views/uses-package.ts',
    ]);
  });
});
