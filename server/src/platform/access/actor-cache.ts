/**
 * Actors of recently seen tokens. Partner systems call the API thousands of times a minute with
 * the same token; looking its session, user or client, organization and region up on every call
 * doubled the database work of a verification. An entry lives at most TTL_MS and never past its
 * session's expiry.
 *
 * Any change in this process that can change an actor (logout, a user's roles or disabling, an
 * organization's region) calls `actorsChanged()` after its commit, which empties every cache at
 * once; another process of the same deployment sees such a change within TTL_MS (ADR 0007).
 * Unknown or refused tokens are never cached, so random tokens cannot fill memory.
 */
import type { Actor } from './actor.ts';

export const ACTOR_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

let generation = 0;

/** Drops every cached actor in this process; call after the change has committed. */
export function actorsChanged(): void {
  generation += 1;
}

export interface ResolvedActor {
  actor: Actor;
  /** When the session ends; the cache never serves it after that. */
  expiresAt: Date;
}

interface Entry {
  actor: Actor;
  until: number;
  generation: number;
}

export type ActorResolver = (token: string) => Promise<Actor | null>;

export function cachedActorResolver(
  keyOf: (token: string) => string,
  resolve: (key: string) => Promise<ResolvedActor | null>,
  now: () => number = Date.now,
): ActorResolver {
  const entries = new Map<string, Entry>();
  let seenGeneration = generation;
  return async (token) => {
    if (seenGeneration !== generation) {
      entries.clear();
      seenGeneration = generation;
    }
    const key = keyOf(token);
    const entry = entries.get(key);
    if (entry && entry.until > now() && entry.generation === generation) return entry.actor;
    // The generation is read before the lookup: a change committed while it runs makes the
    // entry stale at once instead of serving the old actor for TTL_MS.
    const startedIn = generation;
    const resolved = await resolve(key);
    if (!resolved) {
      entries.delete(key);
      return null;
    }
    if (entries.size >= MAX_ENTRIES) entries.clear();
    const until = Math.min(now() + ACTOR_CACHE_TTL_MS, resolved.expiresAt.getTime());
    entries.set(key, { actor: resolved.actor, until, generation: startedIn });
    return resolved.actor;
  };
}
