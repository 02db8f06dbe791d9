/**
 * Decodes the polygons of a TopoJSON object into rings of [longitude, latitude]: arcs are
 * delta-encoded integers scaled by the topology's transform, shared between neighbours, and
 * a negative index (~i) means arc i walked backwards. Enough of the format for boundaries.
 */
import { buildError, TopologyObjectMissing } from '../../core/errors/index.ts';

export type Position = [number, number];
export type Ring = Position[];
/** One polygon: an outer ring, then its holes. */
export type Polygon = Ring[];

interface Geometry {
  type: string;
  arcs?: number[][] | number[][][];
  properties?: Record<string, unknown>;
}

export interface Topology {
  type: 'Topology';
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: string; geometries: Geometry[] }>;
}

export interface Feature {
  properties: Record<string, unknown>;
  polygons: Polygon[];
}

function decodeArcs(topology: Topology): Ring[] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map(([x, y]) => [x!, y!] as Position);
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

/**
 * The polygons of each geometry of an object. `mapArc` (projection, simplification) runs once
 * per shared arc, so neighbouring shapes keep exactly the same border and no gaps open.
 */
export function decodeFeatures(
  topology: Topology,
  objectName: string,
  mapArc: (arc: Ring) => Ring = (arc) => arc,
): Feature[] {
  const object = topology.objects[objectName];
  if (!object) throw buildError(TopologyObjectMissing, objectName);
  const arcs = decodeArcs(topology).map(mapArc);
  const ring = (indexes: number[]): Ring => {
    const points: Ring = [];
    for (const index of indexes) {
      const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
      // Consecutive arcs share their joining point: keep it once.
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  return object.geometries.map((g) => {
    const polygons =
      g.type === 'Polygon'
        ? [(g.arcs as number[][]).map(ring)]
        : g.type === 'MultiPolygon'
          ? (g.arcs as number[][][]).map((p) => p.map(ring))
          : [];
    return { properties: g.properties ?? {}, polygons };
  });
}
