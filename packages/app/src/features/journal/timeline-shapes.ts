import type { Stage } from '@steady/core';

// Each stage has its own shape as well as its own colour, so the chart still
// reads for someone who cannot tell the colours apart, or prints it in grey.

/** An SVG path for a stage's mark centred on (x, y), about 2r across. */
export function stageShape(stage: Stage, x: number, y: number, r: number): string {
  const f = (n: number) => n.toFixed(1);
  switch (stage) {
    case 'tension': // triangle pointing up
      return `M${f(x)} ${f(y - r)}L${f(x + r)} ${f(y + r * 0.8)}L${f(x - r)} ${f(y + r * 0.8)}Z`;
    case 'incident': // square
      return `M${f(x - r)} ${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'repair': // diamond
      return `M${f(x)} ${f(y - r)}L${f(x + r)} ${f(y)}L${f(x)} ${f(y + r)}L${f(x - r)} ${f(y)}Z`;
    case 'calm': // circle
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'unsure': // plus
      return `M${f(x - r)} ${f(y)}h${f(2 * r)}M${f(x)} ${f(y - r)}v${f(2 * r)}`;
  }
}

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Half a mark's width: marks are 12 px across, and so are the key's shapes. */
export const MARK_RADIUS = 6;
/** Half a mark's tap target: 24 px across (WCAG 2.2's minimum target size). */
export const TARGET_RADIUS = 12;
/** A tap this close to a mark, in CSS pixels, opens it (the nearest, when several are). */
export const NEAR = 22;

/**
 * The plot inside a chart of `width` × `height` CSS pixels: room on the left for the
 * severity labels and below for the dates, and on every side for a whole mark, so
 * the first and last days are drawn inside the frame, never cut in half.
 */
export function chartBox(width: number, height: number): ChartBox {
  return { width, height, left: 34, right: MARK_RADIUS + 8, top: MARK_RADIUS + 8, bottom: 44 };
}

/** Where day `day` of a range of `days` days sits across the chart. */
export function xOf(day: number, days: number, box: ChartBox): number {
  const span = box.width - box.left - box.right;
  return box.left + (days <= 1 ? span / 2 : (day / (days - 1)) * span);
}

/** Where a severity of 1-5 sits up the chart (5 at the top). */
export function yOf(severity: number, box: ChartBox): number {
  const span = box.height - box.top - box.bottom;
  return box.top + ((5 - severity) / 4) * span;
}

/** The index of the mark nearest (x, y) if one is within `near` px, else -1. */
export function nearestMark(
  marks: ReadonlyArray<{ readonly x: number; readonly y: number }>,
  x: number,
  y: number,
  near = NEAR,
): number {
  let best = -1;
  let bestDistance = near * near;
  marks.forEach((mark, i) => {
    const distance = (mark.x - x) ** 2 + (mark.y - y) ** 2;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
