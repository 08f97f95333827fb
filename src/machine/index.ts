export { gameMachine, refusal, type GameContext, type GameEvent, type GameMachine, type PlayerEvent, type RejectedEvent } from './game-machine';
export { runToEnd } from './run';
