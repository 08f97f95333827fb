// The engine's public face: pure rules, no xstate, Phaser, DOM or clock.
export * from './types';
export * from './game';
export * from './autoplay';
export type { Card, CardChoice, CardChoiceOption, CardTag, Citation, HistoricalPolicy, Scenario } from './scenario-types';
export { CARD_TAGS } from './scenario-types';
export type { Condition, Effect, TrackCondition } from './effects';
export { conditionHolds, effectTracks, damperFactor } from './effects';
export { ROLE_ACTIONS, roleAction, actionsOf, type RoleAction } from './actions';
export { MODEL } from './params';
export { TRACK_BOUNDS, headlineRelationship, relationshipBand, readTrack, intelRank, BAND_FLOORS } from './tracks';
export { strategyToken, strategyFromToken, missionOf } from './strategy';
export { batchSeed, seedRng } from './rng';
export { setStateFreezing, type PlayOptions } from './work';
export { electionWeights } from './elections';
export { PARTY_TENDENCIES } from './ai';
export { eligibleCards, scheduledIds } from './cards';
export { affordableOptions, optionCost, availableActions, legalStances } from './legality';
export { refusalText, quoted, type Refusal, type RefusalCode } from './refusals';
