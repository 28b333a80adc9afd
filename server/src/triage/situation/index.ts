export { readSituation, type SituationInput } from './read-situation.ts';
export { defaultSectorGroup, sectorGroupOf } from './sector-group.ts';
export { labelOfStance } from './stance.ts';
