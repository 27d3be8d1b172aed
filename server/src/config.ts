/**
 * Configuration is read here, once, at start-up; nothing else in the server reads process.env.
 * A bad setting stops the start with a message that names it.
 */
import { resolve } from 'node:path';

export interface Config {
  /** postgres://… selects a PostgreSQL server; absent selects the embedded PGlite database. */
  databaseUrl: string | null;
  /** Connections in the PostgreSQL pool of each worker (ignored for PGlite, which has one session). */
  databasePoolSize: number;
  /**
   * Server processes sharing the port (node:cluster, platform/workers.ts): one Node process uses
   * one core. More than one needs PostgreSQL; the embedded database admits one process.
   */
  workers: number;
  /**
   * redis://… counts rate limits in Redis, one count for all workers and instances (docs/adr/0017);
   * null counts them in each process's memory.
   */
  redisUrl: string | null;
  /**
   * effective_io_concurrency of the PostgreSQL sessions: how many pages a bitmap heap scan asks
   * the disk for ahead. PostgreSQL 15 defaults to 1, one page at a time; search's counts read up
   * to COUNT_CAP rows wherever they lie (docs/adr/0012). Ignored for PGlite.
   */
  databaseIoConcurrency: number;
  /** Folder of the embedded database (and its lock). */
  dataDir: string;
  host: string;
  port: number;
  /** Demo mode loads the demo data set on first start; a production start never does. */
  demo: boolean;
  demoPassword: string;
  sessionTtlHours: number;
  /** Secure cookies need HTTPS; default on outside demo mode. */
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  loginRateLimitPerMinute: number;
  /** Directory of the built web app; served when it exists. */
  webDistDir: string;
  /**
   * SIGNING_KEY_SECRET protects the certificate signing key at rest (SM4). Demo mode has a fixed
   * default; outside it, null when unset, and whatever needs the key stops with a ConfigError.
   */
  signingKeySecret: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`Invalid setting ${setting}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `${value} is outside ${min}–${max}`);
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `"${raw}" is not true or false`);
}

/** A URL setting whose protocol is one of two (`example` shows the expected form); null when unset. */
function readUrl(env: Env, name: string, protocols: [string, string], example: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL (expected ${example})`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `protocol "${url.protocol}" is not ${protocols.join(' or ')}`);
  }
  return raw;
}

/** Demo installations only: a fixed secret, so a demo data folder opens on every start. */
const DEMO_SIGNING_KEY_SECRET = 'ipp-demo-signing-key-secret (demo mode only, not for production)';

function readSigningKeySecret(env: Env, demo: boolean): string | null {
  const raw = env['SIGNING_KEY_SECRET'];
  if (raw === undefined || raw === '') return demo ? DEMO_SIGNING_KEY_SECRET : null;
  if (raw.length < 32) throw new ConfigError('SIGNING_KEY_SECRET', 'must have at least 32 characters');
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env, options: { demo?: boolean; cwd?: string } = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const demo = options.demo ?? readBool(env, 'IPP_DEMO', false);
  const logLevel = (env['LOG_LEVEL'] ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError('LOG_LEVEL', `"${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);
  const host = env['HOST'] ?? '127.0.0.1';
  if (host.trim() === '') throw new ConfigError('HOST', 'is empty');
  const demoPassword = env['DEMO_PASSWORD'] ?? 'ipp-demo-2026';
  if (demoPassword.length < 10 || !/[A-Za-z]/.test(demoPassword) || !/\d/.test(demoPassword)) {
    throw new ConfigError('DEMO_PASSWORD', 'must have at least 10 characters with letters and digits');
  }
  const databaseUrl = readUrl(
    env,
    'DATABASE_URL',
    ['postgres:', 'postgresql:'],
    'postgres://user@host:5432/database',
  );
  const workers = readInt(env, 'WORKERS', 1, 1, 64);
  if (workers > 1 && !databaseUrl)
    throw new ConfigError(
      'WORKERS',
      `${workers} worker processes need PostgreSQL (DATABASE_URL): the embedded database admits one process`,
    );
  return {
    databaseUrl,
    databasePoolSize: readInt(env, 'DATABASE_POOL_SIZE', 20, 1, 500),
    workers,
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://host:6379'),
    databaseIoConcurrency: readInt(env, 'DATABASE_IO_CONCURRENCY', 200, 0, 1000),
    dataDir: resolve(cwd, env['DATA_DIR'] || 'data'),
    host,
    port: readInt(env, 'PORT', 3000, 0, 65535),
    demo,
    demoPassword,
    sessionTtlHours: readInt(env, 'SESSION_TTL_HOURS', 8, 1, 24 * 30),
    cookieSecure: readBool(env, 'COOKIE_SECURE', !demo),
    trustProxy: readBool(env, 'TRUST_PROXY', false),
    logLevel,
    loginRateLimitPerMinute: readInt(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 100000),
    webDistDir: resolve(cwd, env['WEB_DIST_DIR'] || new URL('../../web/dist', import.meta.url).pathname),
    signingKeySecret: readSigningKeySecret(env, demo),
  };
}

/** The configuration of this process, from its environment: the one place that reads it. */
export function loadProcessConfig(options: { demo?: boolean } = {}): Config {
  return loadConfig(process.env, options);
}
