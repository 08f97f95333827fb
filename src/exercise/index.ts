export * from './types';
export { applyCommand, createExercise, forkExercise, seatsFor, secretTurn, teamOf, type CommandEnv, type CommandResult, type ExerciseCommand, type ExerciseSetup } from './commands';
export { exerciseGame } from './game';
export { exerciseView, notesBy, type AnnouncedRuling, type ExerciseView, type ReleasedInject, type RoomTeam, type RoomView } from './view';
export { formatClock, readClock, type ClockReading } from './clock';
export { exerciseRefusalText, type ExerciseRefusal, type ExerciseRefusalCode } from './refusals';
export type { NetRefusal } from './protocol';
export { ExerciseHost, HOST_RATE_LIMIT, isJoinCode, newJoinCode, normalizeJoinCode, type HostInput, type HostOutput, type HostResult, type HostStart } from './host';
export {
  JOIN_ALPHABET,
  JOIN_CODE_LENGTH,
  RECONNECT_SECONDS,
  ROOM_IDLE_MINUTES,
  ROOM_MAX_PLAYERS,
  ROOM_NAME,
  type ClientMessage,
  type CreateOptions,
  type JoinOptions,
  type Lobby,
  type PlayerInfo,
  type PlayerStatus,
  type SeatClaim,
  type ServerMessage,
} from './protocol';
