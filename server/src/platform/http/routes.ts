import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.ts';

/** Every module's routes are a plugin that gets the database handle. */
export type ModuleRoutes = FastifyPluginAsyncTypebox<{ db: Db }>;
