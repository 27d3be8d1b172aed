/**
 * Rate limits (@fastify/rate-limit). Without REDIS_URL they are counted in each process's memory.
 * With several worker processes (WORKERS, platform/workers.ts) a client's connections are spread
 * over them, so each worker allows its share of a route's limit: never more than the limit in all
 * (at least one request per worker), and less for a client whose one keep-alive connection stays
 * with one worker. With REDIS_URL every process and instance shares one count (rate-limit-store.ts).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { connectRateLimitRedis, sharedRateLimitStore } from './rate-limit-store.ts';

type Max = number | ((request: FastifyRequest, key: string) => number | Promise<number>);

/** Registers the limiter: counting in Redis when `redisUrl` is given, else in memory, divided. */
export async function registerRateLimits(
  app: FastifyInstance,
  options: { workers: number; redisUrl: string | null },
): Promise<void> {
  if (!options.redisUrl) {
    divideRateLimits(app, options.workers);
    await app.register(rateLimit, { global: false });
    return;
  }
  const redis = await connectRateLimitRedis(options.redisUrl);
  app.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  const store = sharedRateLimitStore(redis, options.workers, app.log);
  await app.register(rateLimit, { global: false, store });
}

/** Divides the `max` of every route's rateLimit among the workers; call before routes register. */
export function divideRateLimits(app: FastifyInstance, workers: number): void {
  if (workers <= 1) return;
  const share = (max: number) => Math.max(1, Math.floor(max / workers));
  app.addHook('onRoute', (route) => {
    const config = route.config as { rateLimit?: { max?: Max } } | undefined;
    const max = config?.rateLimit?.max;
    if (max === undefined) return;
    const divided: Max =
      typeof max === 'number' ? share(max) : async (request, key) => share(await max(request, key));
    route.config = { ...config, rateLimit: { ...config!.rateLimit, max: divided } } as typeof route.config;
  });
}

/**
 * The limit of a public route: anonymous callers (by address) get `perMinute` requests a minute;
 * signed-in users and partner systems are not counted at all (no store update, no headers), as
 * their access is already granted and audited.
 */
export function anonymousRateLimit(perMinute: number) {
  return {
    max: perMinute,
    timeWindow: '1 minute',
    allowList: (request: FastifyRequest) => request.actor?.type !== 'anonymous',
  };
}
