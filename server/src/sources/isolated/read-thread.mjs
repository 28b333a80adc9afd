// A parse thread's entry. Worker threads do not inherit the TypeScript loader of the thread that starts them
// (neither `node --import tsx` nor tsx's register() as bin/rebound.mjs uses it), so each one registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./read-thread.ts');
