/**
 * The import rules of docs/ARCHITECTURE.md, checked in CI (`npm run boundaries`).
 * core is pure; storage sees core types; usecases see core, storage, config;
 * server, jobs, mail and cli see usecases, core and config, never storage (but for the handles'
 * types) nor each other; entry wires all;
 * web never sees storage, usecases or server; views (the API's response
 * shapes, shared by the presenters and the web) see core types only; presenters are pure (core,
 * views, storage types).
 */
const rule = (name, from, notTo, comment) => ({ name, comment, severity: 'error', from: { path: from, pathNot: '\\.test\\.ts$' }, to: { path: notTo } });

module.exports = {
  forbidden: [
    rule('core-is-pure', '^src/core/', '^src/(storage|presenters|usecases|server|jobs|mail|cli|config|entry|web)/', 'core imports only core and pure libraries'),
    {
      name: 'core-no-io-libraries',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test\\.ts$' },
      to: { path: 'node_modules/(pg|@electric-sql|drizzle-orm|fastify|@fastify|nodemailer|smtp-server|imapflow)/' },
    },
    rule('storage-sees-core-only', '^src/storage/', '^src/(presenters|usecases|server|jobs|mail|cli|entry|web)/', 'storage imports core types only'),
    rule('usecases-below-delivery', '^src/usecases/', '^src/(server|jobs|mail|cli|entry|web)/', 'usecases are shared by HTTP, jobs, mail and CLI'),
    // The delivery layers (HTTP, jobs, mail transports, CLI) each call use cases; none reaches into
    // another ($1 is the layer the import comes from), and only the CLI starts processes (entry/run.ts).
    {
      name: 'delivery-layers-apart',
      comment: 'server, jobs, mail and cli do not import each other (nor web)',
      severity: 'error',
      from: { path: '^src/(server|jobs|mail|cli)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(server|jobs|mail|cli|web)/', pathNot: '^src/$1/' },
    },
    rule('delivery-not-entry', '^src/(server|jobs|mail)/', '^src/entry/', 'server, jobs and mail are wired by entry, never the other way round'),
    // Queries belong to use cases: a delivery layer that needs data calls one. It may carry the
    // storage handles (Db, Storage, BlobStore) through to use cases as types, nothing more.
    {
      name: 'delivery-not-storage',
      comment: 'server, jobs and mail do not import storage: they call use cases',
      severity: 'error',
      from: { path: '^src/(server|jobs|mail)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/storage/', pathNot: '^src/storage/(db|blob-store)\\.ts$' },
    },
    {
      name: 'delivery-storage-handles-as-types',
      comment: 'server, jobs and mail name the storage handles as types only (import type)',
      severity: 'error',
      from: { path: '^src/(server|jobs|mail)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/storage/(db|blob-store)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    // Presenters turn rows into the API's response shapes (views): pure functions, so a route, a use
    // case or a test can present without I/O. Rows come from storage as types only.
    rule('presenters-are-pure', '^src/presenters/', '^src/(usecases|server|jobs|mail|cli|config|entry|web)/', 'presenters import core, views, other presenters and storage types only'),
    {
      name: 'presenters-see-storage-types-only',
      comment: 'presenters name storage rows as types (import type), never run a query',
      severity: 'error',
      from: { path: '^src/presenters/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/storage/', dependencyTypesNot: ['type-only'] },
    },
    rule('views-see-core-only', '^src/views/', '^src/(storage|presenters|usecases|server|jobs|mail|cli|config|entry|web)/', 'views are type-only, browser-safe API shapes: they import core types only'),
    {
      name: 'views-no-packages',
      comment: 'views run in the browser too: no Node built-ins and no packages, only core types',
      severity: 'error',
      from: { path: '^src/views/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^src/' },
    },
    rule('web-is-browser-side', '^src/web/', '^src/(storage|presenters|usecases|server|jobs|mail|cli|config|entry)/', 'web uses the public API only'),
    { name: 'no-circular', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
