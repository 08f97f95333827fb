import type { Result, Scenario } from '../engine';
import calderonDeck from '../../scenarios/decks/calderon.json';
import historyDeck from '../../scenarios/decks/history.json';
import optionsDeck from '../../scenarios/decks/options.json';
import recommendationsDeck from '../../scenarios/decks/recommendations.json';
import tcoDeck from '../../scenarios/decks/tco.json';
import usDomesticDeck from '../../scenarios/decks/us-domestic.json';
import calderon2006 from '../../scenarios/calderon-2006.json';
import transition2012 from '../../scenarios/transition-2012.json';
import window2011 from '../../scenarios/window-2011.json';
import { loadScenario, type JsonFile } from './load';

// The scenarios that ship with the game, bundled as data so that the browser and the CLI load them
// the same way. Each still goes through validation.

const DECKS: Readonly<Record<string, unknown>> = {
  'decks/history.json': historyDeck,
  'decks/calderon.json': calderonDeck,
  'decks/options.json': optionsDeck,
  'decks/tco.json': tcoDeck,
  'decks/us-domestic.json': usDomesticDeck,
  'decks/recommendations.json': recommendationsDeck,
};

const SCENARIOS: Readonly<Record<string, unknown>> = {
  'transition-2012': transition2012,
  'window-2011': window2011,
  'calderon-2006': calderon2006,
};

export const SHIPPED_SCENARIO_IDS = Object.keys(SCENARIOS);

export const SHIPPED_DECK_PATHS = Object.keys(DECKS);

export function shippedDeckFile(path: string): Result<JsonFile> {
  const data = DECKS[path];
  return data === undefined ? { ok: false, error: `no shipped deck "${path}"` } : { ok: true, value: { name: `scenarios/${path}`, data } };
}

const cache = new Map<string, Result<Scenario>>();

export function shippedScenario(id: string): Result<Scenario> {
  const cached = cache.get(id);
  if (cached) return cached;
  const data = SCENARIOS[id];
  const result: Result<Scenario> =
    data === undefined
      ? { ok: false, error: `unknown scenario "${id}" (shipped: ${SHIPPED_SCENARIO_IDS.join(', ')})` }
      : loadScenario({ name: `scenarios/${id}.json`, data }, shippedDeckFile);
  cache.set(id, result);
  return result;
}
