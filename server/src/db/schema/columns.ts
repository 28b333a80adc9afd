import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every tenant table leads its keys with org_id so the schema can be distributed by tenant. */
export const orgId = () => uuid('org_id').notNull();
export const id = () => uuid('id').notNull().default(sql`gen_random_uuid()`);
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const ts = (name: string) => timestamp(name, { withTimezone: true });
