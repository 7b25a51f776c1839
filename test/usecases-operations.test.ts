import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 15 item 6: `src/usecases/` holds operations, one per file, each file named after the one
 * function it exports (`<area>/<verb-noun>.ts` → `verbNoun`); types may ride along. Shared steps
 * that are not operations live in a `support/` folder of their area; presenters in
 * `src/presenters/`; pure helpers in `core/`.
 *
 * ALLOWED lists the files that do not follow the rule yet, each with what it is. The list only
 * shrinks: a listed file that now follows the rule, or is gone, fails the test until it is removed
 * from the list.
 */
const ROOT = join(import.meta.dirname, '..');
const USECASES = join(ROOT, 'src/usecases');

const ALLOWED: Record<string, string> = {
  // Several operations of one area in one file (to split, one per file).
  'announcements/read-announcements.ts': 'four reads (staff and portal)',
  'auth/resolve-credentials.ts': 'session and API token resolution',
  'billing/billing-settings.ts': 'get and update',
  'billing/contract-charges.ts': 'list, cancel, preview',
  'billing/get-invoice.ts': 'get, list and the readable-invoice loader',
  'billing/inflation-rates.ts': 'list and set',
  'billing/issue-invoice.ts': 'issue, issueDraft and the display number',
  'billing/list-time-entries.ts': 'per ticket and per user',
  'billing/record-activation.ts': 'activation and retroactive activation',
  'billing/record-yearly-increase.ts': 'the operation and its presenter',
  'billing/tariffs.ts': 'list and create',
  'maintenance/ical-feeds.ts': 'status, rotate, revoke',
  'maintenance/read-maintenance.ts': 'get and list',
  'maintenance/read-portal-maintenance.ts': 'get and list for contacts',
  'mail/list-inbound-messages.ts': 'list and get',
  'products/installed-versions.ts': 'set and remove',
  'products/list-products.ts': 'list and get',
  'products/update-product.ts': 'update and archive',
  'releases/read-releases.ts': 'four reads (staff and portal)',
  'tokens/api-token-settings.ts': 'get and update',
  // An operation with helpers or constants beside it (to move to core or a support folder).
  'auth/bootstrap-admin.ts': 'DEFAULT_ADMIN_EMAIL beside the operation',
  'billing/load-ticket-billing.ts': 'ESTIMATE_CATEGORIES beside the loader',
  'contacts/request-email-confirmation.ts': 'token hash, link and constants beside the operation',
  'contacts/resend-email-confirmation.ts': 'RESEND_INTERVAL_MINUTES beside the operation',
  'demo/load-demo.ts': 'DEMO_PRESETS beside the operation',
  'mail/decide-inbound.ts': 'senderAuthentication beside the decision',
  'mail/ingest-email.ts': 're-exports IngestFailure',
  'mail/keep-unentitled-email.ts': 'stashAttachments beside the operation',
  'mail/parse-inbound.ts': 'MailParseError and the size limits beside the parser',
  'mail/sender-budget.ts': 'two budget steps',
  'notifications/notify-allowance-thresholds.ts': 'FIRST_ALLOWANCE_THRESHOLD beside the step',
  'notifications/queue-email.ts': 'queueEmail, queueEmails and outboxRow',
  'presets/load-preset.ts': 'PRESETS_DIR and listPresetNames beside the loader',
  'maintenance/products-presets.ts': 'the products presets directory, list and load',
  'tickets/get-ticket.ts': 'viewRegisteredTicket beside the read',
  'tickets/list-queue.ts': 'parseTicketSearch beside the list',
  'tickets/send-pending-reminder.ts': 'reminderKey beside the step',
  // Helpers, guards, crypto, normalizers, data (to move to core or a support folder).
  'auth/crypto.ts': 'random tokens, keyed hash, constant-time compare',
  'auth/passwords.ts': 'argon2 hash and verify, password rules',
  'billing/contract-pricing-context.ts': 'contract lock and yearly price',
  'billing/contract-terms.ts': 'a presenter',
  'billing/estimate-input.ts': 'a normalizer',
  'contacts/contact-fields.ts': 'a normalizer',
  'contracts/contract-fields.ts': 'date and price checks',
  'demo/demo-data.ts': 'data',
  'mail/email-context.ts': 'types only',
  'mail/email-severity.ts': 'a step of opening a ticket by mail',
  'mail/ingest-failure.ts': 'the ingest failure and how it is kept',
  'mail/mail-deps.ts': 'the silent log',
  'maintenance/maintenance-type-input.ts': 'a check',
  'maintenance/operation-input.ts': 'checks',
  'notifications/notify-ticket-registered.ts': 'renders the acknowledgement',
  'presets/import-outcome.ts': 'types only',
  'products/contract-entitlements.ts': 'upgrade levels in force',
  'products/list-installed-versions.ts': 'the list and describeInstallation',
  'products/product-lifecycle.ts': 'lifecycle arithmetic',
  'releases/release-notes-input.ts': 'a renderer',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = join(dir, e);
    if (statSync(full).isDirectory()) return e === 'support' ? [] : files(full);
    return e.endsWith('.ts') && !e.endsWith('.test.ts') ? [full] : [];
  });
}

const isExported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports at run time (types and interfaces are not operations). */
function runtimeExports(path: string): string[] {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const s of sf.statements) {
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && isExported(s) && s.name) names.push(s.name.text);
    else if (ts.isVariableStatement(s) && isExported(s)) names.push(...s.declarationList.declarations.map((d) => d.name.getText(sf)));
    else if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.exportClause && ts.isNamedExports(s.exportClause)) {
      names.push(...s.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
    }
  }
  return names;
}

const camel = (file: string) => file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('use cases are operations (issue 15 item 6)', () => {
  const all = files(USECASES).map((f) => {
    const rel = relative(USECASES, f).replaceAll('\\', '/');
    const exported = runtimeExports(f);
    return { rel, exported, ok: exported.length === 1 && exported[0] === camel(rel.split('/').at(-1)!) };
  });

  it('every file exports exactly one function, named after the file', () => {
    const offenders = all.filter((f) => !f.ok && !(f.rel in ALLOWED)).map((f) => `${f.rel}: ${f.exported.join(', ') || '(nothing)'}`);
    expect(offenders).toEqual([]);
  });

  it('the allow-list only shrinks: every listed file exists and still needs its entry', () => {
    const byRel = new Map(all.map((f) => [f.rel, f]));
    const stale = Object.keys(ALLOWED).filter((rel) => !byRel.has(rel) || byRel.get(rel)!.ok);
    expect(stale).toEqual([]);
  });
});
