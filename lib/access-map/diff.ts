/**
 * What a change does to access: the edges of the new map that the old one lacks, and the other way round.
 */
import * as path from 'path';
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

/** The inputs of a map, once each. */
function scopes(map: AccessMap): string[] {
  return [...new Set(map.nodes.flatMap(n => n.scope === undefined ? [] : [n.scope]))];
}

/**
 * The input of `after` that each input of `before` became, so that a diff draws a removed edge in the input it is
 * removed from, not in an input of its own: the one input of each, else the one of the same file or directory name
 * (`old/plan.json` and `plan.json`, two cdk.out's `Eu.template.json`).
 */
function scopeMoves(before: AccessMap, after: AccessMap): Map<string, string> {
  const [old, now] = [scopes(before), scopes(after)];
  if (old.length === 1 && now.length === 1) return new Map([[old[0], now[0]]]);
  return new Map(old.flatMap(scope => {
    const same = now.filter(n => path.basename(n) === path.basename(scope));
    return same.length === 1 ? [[scope, same[0]] as [string, string]] : [];
  }));
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
  // The nodes of `before`, each in the input of `after` it became.
  const moves = scopeMoves(before, after);
  const moved = new Map(before.nodes.map(node => {
    const scope = node.scope === undefined ? undefined : moves.get(node.scope);
    return [node.id, scope === undefined ? node : { ...node, id: `${node.id.slice(0, -node.scope!.length)}${scope}`, scope }];
  }));
  const edges: ViewEdge[] = [
    ...after.edges.filter(e => !beforeKeys.has(afterKey(e))).map(e => ({ ...e, change: 'added' as const })),
    ...before.edges.filter(e => !afterKeys.has(beforeKey(e)))
      .map(e => ({ ...e, from: moved.get(e.from)!.id, to: moved.get(e.to)!.id, change: 'removed' as const })),
  ];
  const joined = new Set(edges.flatMap(e => [e.from, e.to]));
  const nodes = new Map<string, MapNode>();
  for (const node of [...after.nodes, ...moved.values()]) {
    if (!nodes.has(node.id) && joined.has(node.id)) nodes.set(node.id, node);
  }
  return { nodes: [...nodes.values()], edges, diff: true };
}
