import type { BoardLayout, Box } from '../../src/ui/board/layout';

// The board layout tests' check that a layout's parts stand apart on the stage (shared by the
// projector, 4:3, 16:10 and chart tests).

/** Whether two boxes, each with some area, share more than an edge. */
export const overlaps = (a: Box, b: Box) => a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;

/** Each part that lies on another or runs off the layout's stage, said in a line; none when all stand apart. */
export function partProblems(L: Pick<BoardLayout, 'w' | 'h'>, parts: Readonly<Record<string, Box>>): string[] {
  const problems: string[] = [];
  const names = Object.keys(parts);
  for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) if (overlaps(parts[a] as Box, parts[b] as Box)) problems.push(`${a} lies on ${b}`);
  for (const [name, box] of Object.entries(parts)) if (box.x + box.w > L.w + 1e-9 || box.y + box.h > L.h + 1e-9) problems.push(`${name} runs off the ${L.w}×${L.h} stage`);
  return problems;
}
