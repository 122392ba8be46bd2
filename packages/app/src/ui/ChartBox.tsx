import './charts.css';
import type { ComponentChildren } from 'preact';
import { useBoxWidth } from './useBoxWidth.ts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Charts are 200 to 280 px tall: tall enough to read on a phone, never a whole screen. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(280, Math.max(200, width * 0.6)));
}

/**
 * A framed box the width of its column that measures itself and hands its size to
 * `draw`, so the SVG inside is drawn at the size it is shown (one unit is one CSS
 * pixel): nothing is squeezed, stretched or shrunk below a readable size.
 */
export function ChartBox({
  class: className,
  draw,
}: {
  class?: string;
  draw: (size: ChartSize) => ComponentChildren;
}) {
  const [ref, width] = useBoxWidth<HTMLDivElement>();
  return (
    <div ref={ref} class={className ? `chart-box ${className}` : 'chart-box'}>
      {width > 0 && draw({ width, height: chartHeight(width) })}
    </div>
  );
}
