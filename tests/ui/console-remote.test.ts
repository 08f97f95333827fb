// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadGameData } from '../../src/data';
import { applyCommand, createExercise, type Exercise, type ExerciseCommand, type NetRefusal } from '../../src/exercise';
import { createStrings } from '../../src/i18n';
import { FacilitatorConsole } from '../../src/ui/console/console';
import { EXERCISE_KEY } from '../../src/ui/console/persistence';
import type { RemoteExercise } from '../../src/ui/console/remote';
import { defaultDraft, setupFromDraft } from '../../src/ui/console/setup-form';
import { button, byLabel } from './dom';
import { consoleDeps } from './console-fakes';
import { memoryStore, recordingAudio } from './fakes';

// The console driving a networked room's exercise through the RemoteExercise seam (issue 12), with
// a fake room: it holds the exercise, records what the console sends, and answers when the test
// says so (with its exercise, as a server would, or with a refusal).

const data = loadGameData();
const T0 = Date.UTC(2026, 2, 9, 9, 0, 0);

/** A room's exercise: the set-up form's defaults (two teams, in turn, timed phases). */
function roomExercise(): Exercise {
  const { t } = createStrings('en');
  const setup = setupFromDraft(defaultDraft(data.scenarios, t, 'en', 11), data.scenarios, t, 'en', { id: 'room-ex', now: T0 });
  if (!setup.ok) throw new Error(setup.message);
  const made = createExercise({ ...setup.setup, title: 'Room seminar' });
  if (!made.ok) throw new Error(made.refusal.code);
  return made.exercise;
}

function fakeRoom(first: Exercise | null) {
  let exercise = first;
  const sent: ExerciseCommand[] = [];
  const listeners: { onExercise: (e: Exercise) => void; onRefused: (r: NetRefusal) => void }[] = [];
  let closed = false;
  const section = document.createElement('section');
  section.className = 'room-join';
  section.textContent = 'Join code: K7Q2';
  const remote: RemoteExercise = {
    current: () => exercise,
    send: (command) => void sent.push(command),
    subscribe(onExercise, onRefused) {
      const entry = { onExercise, onRefused };
      listeners.push(entry);
      return () => void listeners.splice(listeners.indexOf(entry), 1);
    },
    roomSection: () => section,
    close: () => void (closed = true),
  };
  return {
    remote,
    sent,
    get closed() {
      return closed;
    },
    listening: () => listeners.length,
    /** The room sends an exercise (its own, newer one). */
    push(next: Exercise) {
      exercise = next;
      for (const l of listeners) l.onExercise(next);
    },
    /** The room plays a command as its server would, at its own time, and sends the result. */
    play(command: ExerciseCommand, at: number) {
      const scenario = data.scenarios.find((s) => s.id === exercise?.scenario);
      if (!exercise || !scenario) throw new Error('no exercise');
      const result = applyCommand(exercise, { kind: 'facilitator' }, command, { scenario, now: at });
      if (!result.ok) throw new Error(result.refusal.code);
      this.push(result.exercise);
    },
    refuse(refusal: NetRefusal) {
      for (const l of listeners) l.onRefused(refusal);
    },
  };
}

function open(room: ReturnType<typeof fakeRoom>) {
  const store = memoryStore();
  const clock = { now: T0 };
  const audio = recordingAudio();
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const leave = vi.fn();
  const console = new FacilitatorConsole(consoleDeps(root, data, store, { createAudio: () => audio, now: () => clock.now, newId: () => 'local-id', leave, remote: room.remote }), 'en');
  const main = () => root.querySelector('#console') as HTMLElement;
  const message = () => root.querySelector('.message') as HTMLElement;
  return { console, root, store, clock, audio, leave, main, message };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('the console in a networked room', () => {
  it('starts on the room’s exercise, with the room’s section, and sends the control cell’s commands there', async () => {
    const room = fakeRoom(roomExercise());
    const c = open(room);
    await c.console.start();
    expect(c.main().querySelector('form.console-setup')).toBeNull();
    expect(c.main().querySelector('.console-header h1')?.textContent).toBe('Room seminar');
    // Teams deciding in turn do so on their own devices, not on this console.
    expect(c.main().querySelector('.console-header .mode')?.textContent).toBe('In turn, each team on its own device');
    // The room's own section, at the top of the control cell's column.
    expect(c.main().querySelector('.console-column.control')?.firstElementChild?.textContent).toBe('Join code: K7Q2');
    // Forking and importing are this browser's; a room's exercise leaves the room instead of ending.
    const labels = [...c.main().querySelectorAll('button')].map((b) => b.textContent);
    for (const label of ['Fork', 'Import (JSON)', 'New exercise']) expect(labels).not.toContain(label);
    expect(labels).toContain('Leave the room');
    // Refused here first (no reason): nothing is sent.
    button(c.main(), 'Pause').click();
    expect(c.message().textContent).toMatch(/needs a reason/);
    expect(room.sent).toEqual([]);
    // Accepted: sent to the room and drawn at once, until the room's exercise comes.
    type(byLabel(c.main().querySelector('.console-header') as HTMLElement, 'Reason (for the log)'), 'Coffee');
    button(c.main(), 'Pause').click();
    expect(room.sent).toEqual([{ type: 'pause', reason: 'Coffee' }]);
    expect(c.main().querySelector('.paused-flag')?.textContent).toBe('Paused: Coffee');
    // The room's exercise replaces the console's guess (the room paused it at its own time).
    room.play({ type: 'pause', reason: 'Coffee' }, T0 + 2_000);
    expect(c.console.current).toBe(room.remote.current());
    expect(c.console.current?.paused?.since).toBe(T0 + 2_000);
    expect(c.main().querySelector('.paused-flag')?.textContent).toBe('Paused: Coffee');
    // Anything the room sends is drawn: a note another console added.
    room.play({ type: 'note', text: 'Seen from the other console' }, T0 + 3_000);
    expect(c.main().querySelector('.console-log')?.textContent).toContain('Seen from the other console');
    // None of it is kept in this browser's storage as its own exercise.
    expect(c.store.getItem(EXERCISE_KEY)).toBeNull();
  });

  it('shows the room’s refusals and draws the room’s exercise again', async () => {
    const room = fakeRoom(roomExercise());
    const c = open(room);
    await c.console.start();
    const header = () => c.main().querySelector('.console-header') as HTMLElement;
    type(byLabel(header(), 'Reason (for the log)'), 'Lunch');
    button(c.main(), 'Pause').click();
    expect(c.console.current?.paused).not.toBeNull();
    // The room did not take it: the console goes back to the room's exercise, and says why.
    room.refuse({ code: 'tooFast' });
    expect(c.message().textContent).toBe('Refused: too many commands at once; wait a moment and try again.');
    expect(c.console.current).toBe(room.remote.current());
    expect(c.main().querySelector('.paused-flag')).toBeNull();
    // The exercise's own refusal, as the room relays it, in the exercise's words.
    room.refuse({ code: 'exercise', refusal: { code: 'reasonRequired', command: 'pause' } });
    expect(c.message().textContent).toBe('Refused: A pause needs a reason, for the exercise log.');
  });

  it('does not tick the clock (the room does), but keeps its countdown up to date', async () => {
    const room = fakeRoom(roomExercise());
    const c = open(room);
    await c.console.start();
    const log = c.console.current?.log.length;
    c.clock.now += 60 * 60_000;
    c.console.tick();
    c.console.tick();
    expect(room.sent).toEqual([]);
    expect(c.console.current?.log.length).toBe(log);
    expect(c.audio.played).toEqual([]);
    expect(c.main().querySelector('#console-clock')?.textContent).toBe('0:00');
    // The room's server says the time is up: then the console sounds it, once.
    const exercise = room.remote.current() as Exercise;
    const scenario = data.scenarios.find((s) => s.id === exercise.scenario);
    if (!scenario) throw new Error('no scenario');
    const ticked = applyCommand(exercise, { kind: 'facilitator' }, { type: 'tick' }, { scenario, now: c.clock.now });
    if (!ticked.ok) throw new Error(ticked.refusal.code);
    room.push(ticked.exercise);
    expect(c.console.current?.log.at(-1)?.kind).toBe('clockExpired');
    expect(c.audio.played).toEqual(['alert']);
    expect(c.store.getItem(EXERCISE_KEY)).toBeNull();
  });

  it('waits for the room’s first exercise, and leaves the room when asked', async () => {
    const room = fakeRoom(null);
    const c = open(room);
    await c.console.start();
    expect(c.main().textContent).toBe('Waiting for the room to send its exercise…');
    expect(c.main().querySelector('form.console-setup')).toBeNull();
    room.push(roomExercise());
    expect(c.main().querySelector('.console-header h1')?.textContent).toBe('Room seminar');
    button(c.main(), 'Leave the room').click();
    expect(room.closed).toBe(true);
    expect(c.leave).toHaveBeenCalledOnce();
    c.console.destroy();
    expect(room.listening()).toBe(0);
  });
});
