/**
 * The database handle as routers and HTTP routes carry it: they hand it to service verbs and never query it
 * themselves, so they import its type from here and may not import server/src/db (see biome.json).
 */
export type { Db, Engine } from '../db/client.ts';
