import paper from '../scenarios/sources/downie-2011.txt?raw';
import { findQuote, makeSave, parseSave, passageInContext, readPaper, SHIPPED_SCENARIO_IDS, shippedScenario } from './scenario';
import { parseExercise } from './scenario/net-messages';
import type { GameData } from './ui/types';

// The game's data for the browser: the shipped scenarios (validated), save files, and the paper's
// text for showing a cited passage in context (cleaned, the paper's slips marked). Loaded on demand
// by src/main.ts.

const source = readPaper(paper);

export function loadGameData(): GameData {
  const scenarios = SHIPPED_SCENARIO_IDS.map((id) => {
    const result = shippedScenario(id);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  });
  return {
    scenarios,
    parseSave(text, name) {
      const parsed = parseSave(text, name);
      if (!parsed.ok) return parsed;
      const id = parsed.value.scenario;
      if (!scenarios.some((s) => s.id === id)) return { ok: false, error: `${name} is for a scenario this game does not have: "${id}"`, problem: { code: 'scenario', values: { name, id } } };
      return { ok: true, value: parsed.value };
    },
    parseExercise(value) {
      const parsed = parseExercise(value);
      return parsed.ok ? { ok: true, exercise: parsed.value } : { ok: false, problem: parsed.problem };
    },
    serializeSave(save) {
      return JSON.stringify(makeSave(save.scenario, save.config, save.moves, save.savedAt), null, 1);
    },
    passage(quote) {
      const at = findQuote(source.normalized, quote);
      return at ? passageInContext(source, at) : null;
    },
  };
}
