/**
 * Geometry of a horizontal bar chart, so the SVG component only draws what this computes.
 * Each bar sits under its label, on a track the full width of the chart; an optional marker
 * (an expected value, a goal) is a tick across the track.
 */
export interface BarInput {
  label: string;
  value: number;
  /** Text printed at the end of the bar, e.g. «76 %». */
  valueText: string;
  marker?: number;
}

export interface BarLayout extends BarInput {
  labelY: number;
  barY: number;
  barWidth: number;
  markerX?: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  trackWidth: number;
  barHeight: number;
  bars: BarLayout[];
}

export interface ChartOptions {
  /** Value that fills the track; defaults to the largest value or marker (at least 1). */
  max?: number;
  width?: number;
  barHeight?: number;
  /** Room for a label line above each bar. */
  labelHeight?: number;
  gap?: number;
  /** Room right of the track for the value text. */
  valueRoom?: number;
  /** Characters of a label that fit on its line. */
  labelChars?: number;
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Labels longer than a chart line are cut with an ellipsis; the table beside the chart has them whole. */
export const fitLabel = (label: string, maxChars: number) =>
  label.length <= maxChars ? label : `${label.slice(0, maxChars - 1).trimEnd()}…`;

export function barChartLayout(bars: BarInput[], options: ChartOptions = {}): ChartLayout {
  const { width = 360, barHeight = 12, labelHeight = 16, gap = 10, valueRoom = 64, labelChars = 54 } = options;
  const largest = Math.max(1, ...bars.flatMap((b) => [b.value, b.marker ?? 0]));
  const max = options.max && options.max > 0 ? options.max : largest;
  const trackWidth = width - valueRoom;
  const scale = (v: number) => round((Math.min(Math.max(v, 0), max) / max) * trackWidth);
  const rowHeight = labelHeight + barHeight + gap;
  return {
    width,
    trackWidth,
    barHeight,
    height: Math.max(rowHeight * bars.length, rowHeight) - gap + 4,
    bars: bars.map((b, i) => ({
      ...b,
      label: fitLabel(b.label, labelChars),
      labelY: i * rowHeight + labelHeight - 5,
      barY: i * rowHeight + labelHeight,
      barWidth: scale(b.value),
      ...(b.marker === undefined ? {} : { markerX: scale(b.marker) }),
    })),
  };
}
