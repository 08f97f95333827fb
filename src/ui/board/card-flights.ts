import type * as Phaser from 'phaser';
import type { BoardView } from '../view/board-view';
import { gaugeBetter } from './board-parts';
import { landings, LAND_MS, type Flight, type MovedTrack } from './card-motion';
import type { BoardLayout } from './layout';
import { changeColor, COLORS } from './theme';

// The chips of a year's card effects in flight (card-motion.ts computes them): each a small disc
// in the colour of better or worse, leaving its card and landing on its track, where the gauge
// then shows its change (a cover over the changed part of the bar shrinks away). Nothing here is
// interactive, so nothing waits for it: the panel and the board take input throughout.

/** Plays the flights; returns when each moved track shows its new value (ms from now). */
export function playFlights(scene: Phaser.Scene, live: Phaser.GameObjects.Container, flights: readonly Flight[], v: BoardView, L: BoardLayout): Map<MovedTrack, number> {
  const landing = landings(flights);
  const r = Math.max(6, L.font * 0.5);
  for (const f of flights) {
    const chip = scene.add.circle(f.from.x, f.from.y, r, changeColor(f.better), 1).setStrokeStyle(2, COLORS.background, 1).setAlpha(0);
    live.add(chip);
    scene.tweens.add({ targets: chip, alpha: 1, delay: f.delay, duration: 60 });
    scene.tweens.add({
      targets: chip,
      x: f.to.x,
      y: f.to.y,
      delay: f.delay,
      duration: f.duration,
      ease: 'Cubic.easeInOut',
      onComplete: () => scene.tweens.add({ targets: chip, scale: 1.8, alpha: 0, duration: LAND_MS, onComplete: () => chip.destroy() }),
    });
  }
  // Each gauge a card moved shows its old value until its last chip lands.
  const covered = new Set<MovedTrack>();
  for (const f of flights) {
    if (covered.has(f.track)) continue;
    covered.add(f.track);
    const i = v.gauges.findIndex((g) => g.track === f.track);
    const gauge = v.gauges[i];
    if (!gauge || !(gauge.value > 0) || !(gauge.fill > 0)) continue;
    const max = gauge.value / gauge.fill;
    const first = flights.find((x) => x.track === f.track) ?? f;
    const f0 = Math.max(0, Math.min(1, first.values.from / max));
    const f1 = gauge.fill;
    if (Math.abs(f1 - f0) * L.gauges.w < 1) continue;
    const by = L.gauges.y + i * L.gauge.row + L.gauge.barOffset;
    const x0 = L.gauges.x + L.gauges.w * Math.min(f0, f1);
    const width = L.gauges.w * Math.abs(f1 - f0);
    // Risen: the new part hidden under the bar's ground; fallen: the lost part still filled.
    const rose = f1 > f0;
    const color = rose ? COLORS.panel : gaugeBetter(gauge.good, f0) ? COLORS.good : COLORS.bad;
    const cover = scene.add.rectangle(rose ? x0 + width : x0, by, width, L.gauge.bar, color, 1).setOrigin(rose ? 1 : 0, 0);
    live.add(cover);
    scene.tweens.add({ targets: cover, scaleX: 0, delay: (landing.get(f.track) ?? 0) - LAND_MS, duration: LAND_MS, ease: 'Quad.easeOut', onComplete: () => cover.destroy() });
  }
  return landing;
}
