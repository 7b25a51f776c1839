// Drizzle table definitions, one file per area; SQL migrations are the source of truth.
export * from './people.js';
export * from './catalogue.js';
export * from './tickets.js';
export * from './outbox.js';
export * from './mail.js';
export * from './products.js';
export * from './billing.js';
export * from './sweeps.js';
