export { gameMachine, refusal, type GameContext, type GameEvent, type GameMachine, type PlayerMove, type RejectedEvent } from './game-machine';
export { gameRunner, runToEnd, type GameRunner } from './run';
export { machineFailure } from './failure';
export { replay, replayActor, type GameActor, type GameRecord, type GameSnapshot } from './replay';
