/**
 * The access map's vocabulary: who (an account, a VPC, a CIDR, `*`, an endpoint, or a value unknown until deploy) may
 * reach what (a snapshot, a cluster, a workgroup, an endpoint service, an endpoint, a key), how, and where the input
 * says so. Engine-free: the command and the synth-time writers share it.
 */

/** How access is given, one of a fixed vocabulary. */
export type AccessKind =
  /** May restore a snapshot. */
  | 'restore'
  /** May create a managed endpoint to a cluster or workgroup (or is one), limited to `vpcs` where given. */
  | 'endpoint'
  /** May connect an endpoint to a service: a whitelist or permission entry, an allowed user. */
  | 'connect'
  /** A given endpoint's connection to a service is approved or accepted (with its bandwidth, where set). */
  | 'approved'
  /** A CIDR may reach an endpoint through its whitelist. */
  | 'network'
  /** May use a key, for a restore. */
  | 'decrypt';

export const ACCESS_KINDS: readonly AccessKind[] = ['restore', 'endpoint', 'connect', 'approved', 'network', 'decrypt'];

/** What a node stands for. */
export type NodeKind =
  // who
  | 'account' | 'principal' | 'organization' | 'vpc' | 'cidr' | 'anyone' | 'unknown'
  // what (an endpoint is both: a CIDR reaches it, it connects to a service)
  | 'snapshot' | 'cluster' | 'workgroup' | 'service' | 'endpoint' | 'key';

/** A value per node kind, from groups of kinds that share it. */
export function byKind<T>(groups: ReadonlyArray<readonly [readonly NodeKind[], T]>): Record<NodeKind, T> {
  return Object.fromEntries(groups.flatMap(([kinds, value]) => kinds.map(kind => [kind, value]))) as Record<NodeKind, T>;
}

export interface MapNode {
  /**
   * `<kind>:<label>`; for a resource of an input, `<kind>:<resource>@<scope>`, so that the resources of two templates
   * or configurations with the same logical ID or address are two nodes.
   */
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  /** The input (a template, a Terraform configuration's directory, a plan or state file) of the resource it is. */
  readonly scope?: string;
}

/**
 * The inputs a drawing boxes its nodes in, each with the nodes of its resources: none when the nodes are from one
 * input, where a box would add nothing.
 */
export function scopesOf(nodes: readonly MapNode[]): Map<string, MapNode[]> {
  const scopes = new Map<string, MapNode[]>();
  for (const node of nodes) {
    if (node.scope !== undefined) scopes.set(node.scope, [...scopes.get(node.scope) ?? [], node]);
  }
  return scopes.size > 1 ? scopes : new Map();
}

/** A node as lines and tables name what: by kind and label, `endpoint:Endpoint`; where it is from, they say apart. */
export function nameOf(node: MapNode): string {
  return `${node.kind}:${node.label}`;
}

/** Where an edge comes from, in the user's own input. */
export interface EdgeSource {
  readonly file?: string;
  readonly line?: number;
  /** The logical ID or Terraform address. */
  readonly resource: string;
  /** The property or argument, in the input's own names (`Accounts[0]`, `whitelist[1]`). */
  readonly property: string;
  /** The construct path, where the input records it (cdk.out, cdktf.out). */
  readonly path?: string;
}

export interface MapEdge {
  /** Who: a node id. */
  readonly from: string;
  /** What: a node id. */
  readonly to: string;
  readonly how: AccessKind;
  readonly source: EdgeSource;
  /** The VPCs an `endpoint` grant is limited to; absent when it allows every VPC. */
  readonly vpcs?: readonly string[];
  /** The bandwidth of an `approved` connection (Mbit/s), where set. */
  readonly bandwidth?: number | string;
  /** Why a reviewer should look twice; absent when nothing is risky. */
  readonly risks?: readonly string[];
}

export interface AccessMap {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

/**
 * The identity of an edge for a diff: who, how, what (by name: not their input, as the file differs between a state
 * and a plan, or an old and a new template) and the VPCs it is limited to, and the resource that gives it (its
 * construct path where the input records one, else its logical ID or address). The resource keeps apart the same
 * grant made in two stacks (an app deployed to two Regions has the same logical IDs in each), so that adding it to
 * one more stack shows as added access.
 */
export function edgeKey(edge: MapEdge, node: (id: string) => MapNode): string {
  const vpcs = edge.vpcs === undefined ? '' : [...edge.vpcs].sort().join(',');
  return [nameOf(node(edge.from)), edge.how, nameOf(node(edge.to)), vpcs, edge.source.path ?? edge.source.resource].join('\0');
}
