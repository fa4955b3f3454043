/**
 * What a change does to access: the edges of the new map that the old one lacks, and the other way round.
 */
import { AccessMap, MapEdge, MapNode, edgeKey } from './model';

/** An edge of a view, marked when it was added or removed. */
export interface ViewEdge extends MapEdge {
  readonly change?: 'added' | 'removed';
}

/** What the formats draw: a map, or the edges a change adds and removes with their nodes. */
export interface MapView {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly ViewEdge[];
  /** Whether this is a diff, so that the formats mark every edge `+` or `-`. */
  readonly diff: boolean;
}

export function mapView(map: AccessMap): MapView {
  return { nodes: map.nodes, edges: map.edges, diff: false };
}

/** The edges `after` adds to `before` and those it removes, each with the nodes it joins. */
export function diffView(before: AccessMap, after: AccessMap): MapView {
  const keyOf = (map: AccessMap) => {
    const nodes = new Map(map.nodes.map(n => [n.id, n]));
    return (edge: MapEdge) => edgeKey(edge, id => nodes.get(id)!);
  };
  const [beforeKey, afterKey] = [keyOf(before), keyOf(after)];
  const beforeKeys = new Set(before.edges.map(beforeKey));
  const afterKeys = new Set(after.edges.map(afterKey));
  const edges: ViewEdge[] = [
    ...after.edges.filter(e => !beforeKeys.has(afterKey(e))).map(e => ({ ...e, change: 'added' as const })),
    ...before.edges.filter(e => !afterKeys.has(beforeKey(e))).map(e => ({ ...e, change: 'removed' as const })),
  ];
  const joined = new Set(edges.flatMap(e => [e.from, e.to]));
  const nodes = new Map<string, MapNode>();
  for (const node of [...after.nodes, ...before.nodes]) {
    if (!nodes.has(node.id) && joined.has(node.id)) nodes.set(node.id, node);
  }
  return { nodes: [...nodes.values()], edges, diff: true };
}
