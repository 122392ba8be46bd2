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

export const CHART: ChartBox = {
  width: 640,
  height: 260,
  left: 40,
  right: 16,
  top: 16,
  bottom: 36,
};

/** Where day `day` of a range of `days` days sits across the chart. */
export function xOf(day: number, days: number, box: ChartBox = CHART): number {
  const span = box.width - box.left - box.right;
  return box.left + (days <= 1 ? span / 2 : (day / (days - 1)) * span);
}

/** Where a severity of 1-5 sits up the chart (5 at the top). */
export function yOf(severity: number, box: ChartBox = CHART): number {
  const span = box.height - box.top - box.bottom;
  return box.top + ((5 - severity) / 4) * span;
}
