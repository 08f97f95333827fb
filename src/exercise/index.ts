export * from './types';
export { applyCommand, createExercise, forkExercise, seatsFor, secretTurn, teamOf, type CommandEnv, type CommandResult, type ExerciseCommand, type ExerciseSetup } from './commands';
export { exerciseGame } from './game';
export { exerciseView, notesBy, type AnnouncedRuling, type ExerciseView, type ReleasedInject, type RoomTeam, type RoomView } from './view';
export { formatClock, readClock, type ClockReading } from './clock';
export { exerciseRefusalText, type ExerciseRefusal, type ExerciseRefusalCode } from './refusals';
