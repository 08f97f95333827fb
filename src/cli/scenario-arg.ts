import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Result, Scenario } from '../engine';
import { loadScenario, parseJson, shippedScenario, SHIPPED_SCENARIO_IDS, type JsonFile } from '../scenario';

function readJson(path: string): Result<JsonFile> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, error: `${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return parseJson(relative(process.cwd(), path) || path, text);
}

/** A shipped scenario by id, or a scenario file by path (its decks are read relative to it). */
export function loadScenarioArg(arg: string): Result<Scenario> {
  if (!arg.endsWith('.json') && !arg.includes('/')) {
    if (SHIPPED_SCENARIO_IDS.includes(arg)) return shippedScenario(arg);
    return { ok: false, error: `--scenario: unknown scenario "${arg}" (shipped: ${SHIPPED_SCENARIO_IDS.join(', ')}; or give a path to a .json file)` };
  }
  const file = readJson(arg);
  if (!file.ok) return file;
  return loadScenario(file.value, (deckPath) => readJson(join(dirname(arg), deckPath)));
}
