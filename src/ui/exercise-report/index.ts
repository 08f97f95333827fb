// The exercise's after-action report (issue 11, item 5), rendered from the hot wash's data
// (exercise/hotwash.ts) in the exercise's language: a printable HTML document (print to PDF),
// Markdown, CSV of the tracks, and the whole exercise as JSON.
export { reportHtml } from './html';
export type { ReportComparisons } from './comparison';
export { reportMarkdown } from './markdown';
export { tracksCsv } from './csv';
export { exerciseJson } from './json';
export { lineChartSvg, type ChartBand, type ChartSeries, type LineChart } from './chart';
export { reportWords, timelineRow, promptText, type PromptText, type ReportWords, type TimelineRow } from './words';
