/**
 * Turns longitude/latitude rings into short SVG path data: an equirectangular projection
 * corrected for the latitude (good enough near the equator, where Colombia lies),
 * Douglas–Peucker simplification in screen units (done per shared arc by the caller), then integer coordinates written as
 * relative moves, so a country's departments weigh a few kilobytes.
 */
import type { Polygon, Position, Ring } from './topojson.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boundsOf(polygons: Polygon[]): { minLon: number; maxLon: number; minLat: number; maxLat: number } {
  const all = polygons.flat(2);
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  return { minLon: Math.min(...lons), maxLon: Math.max(...lons), minLat: Math.min(...lats), maxLat: Math.max(...lats) };
}

/** A projection that fits `polygons` into `box` (width fixed, height following the shape's aspect). */
export function fitProjection(polygons: Polygon[], box: Omit<Box, 'height'> & { height?: number }) {
  const b = boundsOf(polygons);
  const k = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  const spanX = (b.maxLon - b.minLon) * k;
  const spanY = b.maxLat - b.minLat;
  const scale = Math.min(box.width / spanX, box.height === undefined ? Infinity : box.height / spanY);
  const project = ([lon, lat]: Position): Position => [
    box.x + (lon - b.minLon) * k * scale,
    box.y + (b.maxLat - lat) * scale,
  ];
  return { project, width: spanX * scale, height: spanY * scale };
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker: keeps the points farther than `tolerance` from the simplified line. */
export function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** `M x y l dx dy … z` with integer coordinates; rings that shrink below a triangle are dropped. */
export function ringPath(ring: Ring): string {
  const rounded = ring.map(([x, y]) => [Math.round(x), Math.round(y)] as Position);
  const points = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1]);
  if (points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1]) points.pop();
  if (points.length < 3) return '';
  const [start, ...rest] = points;
  let previous = start!;
  const moves = rest.map((p) => {
    const move = `${p[0] - previous[0]} ${p[1] - previous[1]}`;
    previous = p;
    return move;
  });
  return `M${start![0]} ${start![1]}l${moves.join(' ')}z`.replace(/ -/g, '-');
}

/** Path data for polygons already projected (and simplified arc by arc). */
export const polygonsPath = (polygons: Polygon[]): string => polygons.flat().map(ringPath).join('');
