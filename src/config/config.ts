import { Type } from '@sinclair/typebox';
import { envBool, envEmail, envEnum, envInt, envNumber, envString, envUrl, isYes, parseEnv, withDefault } from './env-schema.js';
import { mailEnvSchema, parseMailConfig, type MailConfig } from './mail-config.js';

/**
 * Configuration is parsed once, at process start, from the environment.
 * Every problem is listed at once so an operator fixes them in one go.
 * docs/OPERATIONS.md documents each variable.
 */
const { Optional } = Type;
const schema = {
  NODE_ENV: withDefault(envEnum(['development', 'production', 'test'] as const), 'development'),
  HOST: withDefault(envString(), '127.0.0.1'),
  PORT: withDefault(envInt({ minimum: 0, maximum: 65535 }), 3000),
  PUBLIC_URL: Optional(envUrl()),
  DATABASE_URL: Optional(envUrl()),
  DATABASE_POOL_SIZE: withDefault(envInt({ minimum: 1, maximum: 200 }), 10),
  SERVER_PROCESSES: withDefault(envInt({ minimum: 1, maximum: 64 }), 1),
  DATA_DIR: withDefault(envString(), './data'),
  SECRET_KEY: Optional(envString({ minLength: 32, message: 'SECRET_KEY must be at least 32 characters' })),
  ADMIN_EMAIL: Optional(envEmail()),
  ADMIN_PASSWORD: Optional(envString({ minLength: 12, message: 'ADMIN_PASSWORD must be at least 12 characters' })),
  LOAD_DEMO: withDefault(envEnum(['auto', 'true', 'false'] as const), 'auto'),
  LOG_LEVEL: withDefault(envEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const), 'info'),
  SESSION_TTL_HOURS: withDefault(envInt({ minimum: 1, maximum: 24 * 90 }), 12),
  COOKIE_SECURE: Optional(envBool()),
  LOGIN_MAX_PER_ACCOUNT: withDefault(envInt({ minimum: 1 }), 5),
  LOGIN_MAX_PER_ADDRESS: withDefault(envInt({ minimum: 1 }), 30),
  LOGIN_WINDOW_MINUTES: withDefault(envInt({ minimum: 1 }), 15),
  TRUST_PROXY: withDefault(envBool(), 'false'),
  WORKER_INTERVAL_SECONDS: withDefault(envNumber({ minimum: 0.1, maximum: 3600 }), 5),
  RENEWAL_NOTICE_DAYS: withDefault(envInt({ minimum: 1, maximum: 365 }), 30),
  ATTACHMENTS_DIR: Optional(envString()),
  ATTACHMENT_MAX_MB: withDefault(envNumber({ minimum: 0.01, maximum: 1024 }), 10),
  UPLOAD_BUDGET_CONTACT_MB: withDefault(envNumber({ minimum: 0.01, maximum: 1_048_576 }), 200),
  UPLOAD_BUDGET_CUSTOMER_MB: withDefault(envNumber({ minimum: 0.01, maximum: 1_048_576 }), 1000),
  ...mailEnvSchema,
};

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | null;
  databasePoolSize: number;
  /** HTTP processes sharing the port (node:cluster); more than one needs PostgreSQL. */
  serverProcesses: number;
  dataDir: string;
  /** HMAC key for API tokens and session ids; null = generate and keep in DATA_DIR (embedded only). */
  secretKey: string | null;
  admin: { email: string | null; password: string | null };
  loadDemo: 'auto' | 'true' | 'false';
  logLevel: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  login: { maxPerAccount: number; maxPerAddress: number; windowMinutes: number };
  trustProxy: boolean;
  /** How often the deadline worker sweeps (the deadlines themselves are columns). */
  workerIntervalMs: number;
  renewalNoticeDays: number;
  /** Where attachment bytes live (shared by every process). */
  attachmentsDir: string;
  attachmentMaxBytes: number;
  /** Bytes a customer's contacts may upload in any 24 hours: per contact and per customer (issue 13 item 8). */
  uploadBudget: { perContactBytes: number; perCustomerBytes: number };
  /** Outbound SMTP, inbound SMTP listener and IMAP poller (docs/OPERATIONS.md "Mail"). */
  mail: MailConfig;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Parses the environment once; throws ConfigError listing every problem. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = parseEnv(schema, cleaned as Record<string, string>);
  if (!r.ok) throw new ConfigError(r.problems);
  const c = r.value;
  const problems: string[] = [];
  if (c.NODE_ENV === 'production' && c.DATABASE_URL && !c.SECRET_KEY) {
    problems.push('SECRET_KEY: required in production with DATABASE_URL (every process must share it)');
  }
  if ((c.ADMIN_EMAIL && !c.ADMIN_PASSWORD) || (!c.ADMIN_EMAIL && c.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither');
  }
  if (c.SERVER_PROCESSES > 1 && !c.DATABASE_URL) {
    problems.push('SERVER_PROCESSES: more than one HTTP process needs DATABASE_URL (the embedded database belongs to one process)');
  }
  const mail = parseMailConfig(c, problems);
  if (problems.length) throw new ConfigError(problems);
  const publicUrl = c.PUBLIC_URL ?? `http://localhost:${c.PORT}`;
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    publicUrl,
    databaseUrl: c.DATABASE_URL ?? null,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    serverProcesses: c.SERVER_PROCESSES,
    dataDir: c.DATA_DIR,
    secretKey: c.SECRET_KEY ?? null,
    admin: { email: c.ADMIN_EMAIL ?? null, password: c.ADMIN_PASSWORD ?? null },
    loadDemo: c.LOAD_DEMO,
    logLevel: c.LOG_LEVEL,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    cookieSecure: c.COOKIE_SECURE !== undefined ? isYes(c.COOKIE_SECURE) : publicUrl.startsWith('https:'),
    login: {
      maxPerAccount: c.LOGIN_MAX_PER_ACCOUNT,
      maxPerAddress: c.LOGIN_MAX_PER_ADDRESS,
      windowMinutes: c.LOGIN_WINDOW_MINUTES,
    },
    trustProxy: isYes(c.TRUST_PROXY),
    workerIntervalMs: Math.round(c.WORKER_INTERVAL_SECONDS * 1000),
    renewalNoticeDays: c.RENEWAL_NOTICE_DAYS,
    attachmentsDir: c.ATTACHMENTS_DIR ?? `${c.DATA_DIR.replace(/\/$/, '')}/attachments`,
    attachmentMaxBytes: Math.round(c.ATTACHMENT_MAX_MB * 1024 * 1024),
    uploadBudget: { perContactBytes: Math.round(c.UPLOAD_BUDGET_CONTACT_MB * 1024 * 1024), perCustomerBytes: Math.round(c.UPLOAD_BUDGET_CUSTOMER_MB * 1024 * 1024) },
    mail,
  };
}
