export * from './review.ts';
export * from './roles.ts';
export * from './schemas/auth.ts';
export * from './schemas/replies.ts';
export * from './tone-check/index.ts';
export * from './schemas/cases.ts';
export * from './schemas/alerts.ts';
export * from './schemas/sources.ts';
