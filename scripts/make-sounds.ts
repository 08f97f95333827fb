// Writes the synthesized sound effects into assets/audio/ (npm run sounds). The synthesis is in
// scripts/sounds.ts; this file only touches the disk. Re-running gives identical bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOUND_FILES, synthesizeSounds } from './sounds';

const outDir = fileURLToPath(new URL('../assets/audio/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const sounds = synthesizeSounds();
for (const file of SOUND_FILES) {
  const bytes = sounds[file];
  writeFileSync(join(outDir, file), bytes);
  process.stdout.write(`assets/audio/${file}  ${bytes.length} bytes\n`);
}
