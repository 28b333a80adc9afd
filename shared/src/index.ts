export * from './review.ts';
export * from './roles.ts';
export * from './schemas/auth.ts';
export * from './schemas/replies.ts';
export * from './tone-check/index.ts';
