export { loadScenario, loadDeck, parseJson, type JsonFile } from './load';
export { shippedScenario, shippedDeckFile, SHIPPED_SCENARIO_IDS, SHIPPED_DECK_PATHS } from './catalog';
export {
  normalizeText,
  findQuote,
  passageAround,
  passageInContext,
  passageText,
  readPaper,
  type NormalizedText,
  type Paper,
  type PassageInContext,
  type PassagePiece,
  type QuoteLocation,
} from './quotes';
export { ERRATA, type Erratum } from './errata';
export { parseSave, makeSave, SAVE_FORMAT, SAVE_VERSION, type SaveFile, type SaveProblem, type SaveResult } from './save';
