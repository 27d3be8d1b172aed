/**
 * Where rate limits are counted (docs/adr/0017). Without REDIS_URL, in each process's memory,
 * each of several workers allowing its share (rate-limits.ts). With REDIS_URL, in Redis: one count
 * per client and route for every worker process and every instance of the platform, so a limit is
 * the limit however the load balancer spreads a client's connections.
 *
 * Redis must answer at start-up (a wrong REDIS_URL stops the start). If it fails later, a request
 * is never refused for that: the process counts it in its own memory as if each of the host's
 * workers had seen as many, which is the limit without Redis, until Redis answers again.
 */
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/** Keys of the platform's counters: `ipp:rate-limit:<method><route>-<client address>`. */
export const RATE_LIMIT_PREFIX = 'ipp:rate-limit:';
/** How long a start-up waits for Redis, and a command for its answer before the fallback counts. */
const CONNECT_TIMEOUT_MS = 5_000;
const COMMAND_TIMEOUT_MS = 1_000;
/** A Redis failure is logged at most this often (it may last, and every request would log it). */
const WARN_EVERY_MS = 60_000;

type Counted = { current: number; ttl: number };
type Done = (error: Error | null, result?: Counted) => void;
interface Counter {
  incr(key: string, done: Done, timeWindow: number, max: number): void;
  child(routeOptions: unknown): Counter;
}

/** Opens the Redis connection, or throws an error naming REDIS_URL (the start stops there). */
export async function connectRateLimitRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // While the connection is down, commands fail at once and the fallback counts.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  });
  redis.on('error', () => {}); // reported by the commands that fail; ioredis reconnects by itself
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`REDIS_URL: cannot reach Redis at ${redactedUrl(url)} (${reason})`);
  }
}

function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the given address';
  }
}

/**
 * The store class for @fastify/rate-limit: Redis's count, or this process's count times
 * `workers` while Redis fails.
 */
export function sharedRateLimitStore(redis: Redis, workers: number, log: FastifyBaseLogger) {
  let warnedAt = Number.NEGATIVE_INFINITY;
  const warn = (error: Error) => {
    if (Date.now() - warnedAt < WARN_EVERY_MS) return;
    warnedAt = Date.now();
    log.warn({ err: error }, 'rate limits: Redis failed; counting in this process until it answers');
  };
  class SharedStore implements Counter {
    constructor(
      _options?: unknown,
      private readonly shared: Counter = new RedisStore(false, false, redis, RATE_LIMIT_PREFIX),
      private readonly local: Counter = new LocalStore(false, false),
    ) {}

    incr(key: string, done: Done, timeWindow: number, max: number): void {
      this.shared.incr(
        key,
        (error, result) => {
          if (!error && result) return done(null, result);
          warn(error ?? new Error('no answer'));
          this.local.incr(
            key,
            (localError, counted) =>
              done(localError, counted && { current: counted.current * workers, ttl: counted.ttl }),
            timeWindow,
            max,
          );
        },
        timeWindow,
        max,
      );
    }

    child(routeOptions: unknown): SharedStore {
      return new SharedStore(undefined, this.shared.child(routeOptions), this.local.child(routeOptions));
    }
  }
  return SharedStore;
}
