export * from './review.ts';
export * from './roles.ts';
