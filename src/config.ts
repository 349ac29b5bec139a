/**
 * Configuration comes only from the environment. A bad value throws a ConfigError whose
 * message is one line naming the variable; the server prints it and exits.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string | null;
  /** Outgoing mail (`SMTP_URL`, e.g. smtp://user:pass@host:587); null keeps mail in the database outbox. */
  smtpUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** API requests per client per minute; 0 turns the limit off (benchmarks). */
  rateLimitPerMinute: number;
  /** Origin for canonical URLs and JSON-LD, without a trailing slash. */
  publicUrl: string;
  /** Proxies whose X-Forwarded-For is believed (`TRUST_PROXY`: comma-separated addresses or CIDRs); empty: none. */
  trustProxy: string[];
  /** Bearer token for GET /metrics (`METRICS_TOKEN`, 16+ characters); null: no metrics endpoint. */
  metricsToken: string | null;
  /** How long in-flight requests may finish after SIGTERM (`SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
  paths: Paths;
}

/** Folders the server and the command-line tools read. */
export interface Paths {
  /** Career files to load (`CONTENT_DIR`). */
  contentDir: string;
  /** Optional O*NET / ESCO reference data (`REFERENCE_DATA_DIR`). */
  referenceDataDir: string;
  /** The O*NET release the evaluation reads (`ONET_DIR`). */
  onetDir: string;
  /** Exams and their eligibility rules (`EXAMS_FILE`). */
  examsFile: string;
  /** Skill aliases and finder synonyms (`VOCABULARY_DIR`). */
  vocabularyDir: string;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
    throw new ConfigError(`PORT must be an integer from 1 to 65535, got "${value}"`);
  }
  return n;
}

function databaseUrl(value: string | undefined): string {
  const url = value === undefined || value === '' ? 'sqlite:data/careerpath.db' : value;
  if (url === 'sqlite::memory:' || /^sqlite:.+/.test(url)) return url;
  if (/^postgres(ql)?:\/\/.+/.test(url)) {
    try {
      new URL(url);
      return url;
    } catch {
      // fall through to the error below
    }
  }
  throw new ConfigError('DATABASE_URL must be sqlite:<file>, sqlite::memory: or postgres://user@host/db');
}

function redisUrl(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!/^rediss?:\/\/.+/.test(value)) throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  return value;
}

const IPV4 = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-fA-F:]+(\/\d{1,3})?$/;

function trustProxy(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.find((a) => !IPV4.test(a) && !(a.includes(':') && IPV6.test(a)));
  if (bad) throw new ConfigError(`TRUST_PROXY must list proxy addresses or CIDRs (e.g. 127.0.0.1,10.0.0.0/8), got "${bad}"`);
  return list;
}

function metricsToken(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  return value;
}

function shutdownGrace(value: string | undefined): number {
  if (value === undefined || value === '') return 10_000;
  if (!/^\d+$/.test(value) || Number(value) > 600_000) throw new ConfigError(`SHUTDOWN_GRACE_MS must be 0–600000 milliseconds, got "${value}"`);
  return Number(value);
}

function smtpUrl(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!/^smtps?:\/\/.+/.test(value)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  return value;
}

function logLevel(value: string | undefined): Config['logLevel'] {
  if (value === undefined || value === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return level;
}

function rateLimit(value: string | undefined): number {
  if (value === undefined || value === '') return 600;
  if (!/^\d{1,7}$/.test(value)) throw new ConfigError(`RATE_LIMIT_PER_MINUTE must be a whole number (0 turns it off), got "${value}"`);
  return Number(value);
}

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

function publicUrl(value: string | undefined): string {
  if (value === undefined || value === '') return 'http://localhost:3000';
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/' && !url.search) return url.origin;
  } catch {
    // fall through to the error below
  }
  throw new ConfigError(`PUBLIC_URL must be an http(s) origin such as https://careerpath.example, got "${value}"`);
}

/** The folders, from the environment or their defaults; relative paths are taken from the current directory. */
export function loadPaths(env: NodeJS.ProcessEnv = process.env): Paths {
  const given = (value: string | undefined) => (value === undefined || value === '' ? undefined : resolve(value));
  return {
    contentDir: given(env.CONTENT_DIR) ?? join(REPO_ROOT, 'content', 'careers'),
    referenceDataDir: given(env.REFERENCE_DATA_DIR) ?? resolve(REPO_ROOT, '..', 'shared', 'data'),
    onetDir: given(env.ONET_DIR) ?? resolve(REPO_ROOT, '..', 'shared', 'data', 'onet', 'db_29_3'),
    examsFile: given(env.EXAMS_FILE) ?? join(REPO_ROOT, 'content', 'exams.yaml'),
    vocabularyDir: given(env.VOCABULARY_DIR) ?? join(REPO_ROOT, 'content', 'vocabularies'),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST === undefined || env.HOST === '' ? '127.0.0.1' : env.HOST;
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new ConfigError(`HOST must be a host name or IP address, got "${host}"`);
  return {
    port: port(env.PORT),
    host,
    databaseUrl: databaseUrl(env.DATABASE_URL),
    redisUrl: redisUrl(env.REDIS_URL),
    smtpUrl: smtpUrl(env.SMTP_URL),
    logLevel: logLevel(env.LOG_LEVEL),
    rateLimitPerMinute: rateLimit(env.RATE_LIMIT_PER_MINUTE),
    publicUrl: publicUrl(env.PUBLIC_URL),
    trustProxy: trustProxy(env.TRUST_PROXY),
    metricsToken: metricsToken(env.METRICS_TOKEN),
    shutdownGraceMs: shutdownGrace(env.SHUTDOWN_GRACE_MS),
    paths: loadPaths(env),
  };
}
