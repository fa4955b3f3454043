/**
 * Collects the nodes and edges the readers of each resource type find, then marks the risky edges.
 */
import { AccessKind, AccessMap, EdgeSource, MapEdge, MapNode, NodeKind } from './model';
import { Term } from './values';
import { AWS_SUPPORT_ACCOUNT } from '../rules/aws/snapshot-share';

/** The node of anyone: `*` in a whitelist or permission, a key policy's `*` principal. */
export const ANYONE = '*';

/** What a reviewer should know beyond the edges themselves. */
export interface RiskOptions {
  /** The accounts the reviewer knows: an account or principal outside this set is risky. Unset: no such check. */
  readonly knownAccounts?: ReadonlySet<string>;
}

/** A CIDR of every address: a prefix length of 0, however the address is written (`0.0.0.0/0`, `::/0`, `0::/0`). */
function isEveryAddress(cidr: string): boolean {
  return /\/0+$/.test(cidr.trim());
}

/** The account an ARN-like principal belongs to (`arn:aws:iam::<account>:role/x`, `acs:ram:*:<uid>:role/x`). */
function accountOfPrincipal(label: string): string | undefined {
  return /^(?:arn:[^:]*:iam|acs:ram):[^:]*:(\d+):/.exec(label)?.[1];
}

/** The end of the id of a node of one input's resource or expression: `@<scope>`. */
function scoped(scope: string | undefined): string {
  return scope === undefined ? '' : `@${scope}`;
}

export class MapBuilder {
  private readonly nodes = new Map<string, MapNode>();
  private readonly edges: MapEdge[] = [];
  /** Per service node: whether it accepts connections without review, and the text of an unknown setting. */
  private readonly autoApproval = new Map<string, boolean | string>();

  /** The node of who, as `kind`: `*` is anyone, and a value unknown until deploy is an unknown node. */
  public who(kind: NodeKind, value: Term): string {
    if (value.known && value.text === ANYONE) return this.node('anyone', ANYONE, ANYONE);
    if (!value.known) return this.node('unknown', `unknown:${value.text}${scoped(value.scope)}`, value.text, value.scope);
    return this.what(kind, value);
  }

  /** The node of what, as `kind`, named by its value (an unknown value keeps its kind, named by the expression). */
  public what(kind: NodeKind, value: Term): string {
    return this.node(kind, `${kind}:${value.text}${scoped(value.scope)}`, value.text, value.scope);
  }

  /** Adds an edge; `detail.risks` are the reasons only its reader can tell, beside those every edge is checked for. */
  public add(from: string, to: string, how: AccessKind, source: EdgeSource, detail: Pick<MapEdge, 'vpcs' | 'bandwidth' | 'risks'> = {}): void {
    this.edges.push({ from, to, how, source, ...detail });
  }

  /** Records whether `service` accepts connections without review: true, false, or the text of an unknown setting. */
  public approvesWithoutReview(service: string, value: boolean | string): void {
    this.autoApproval.set(service, value);
  }

  /** The map, each edge with the reasons it is risky. */
  public build(options: RiskOptions = {}): AccessMap {
    const openToAnyone = new Set(this.edges.filter(e => e.how === 'connect' && this.nodes.get(e.from)!.kind === 'anyone').map(e => e.to));
    const edges = this.edges.map(edge => {
      const risks = [...edge.risks ?? [], ...this.risksOf(edge, options, openToAnyone)];
      return risks.length === 0 ? edge : { ...edge, risks };
    });
    return { nodes: [...this.nodes.values()], edges };
  }

  private node(kind: NodeKind, id: string, label: string, scope?: string): string {
    if (!this.nodes.has(id)) this.nodes.set(id, { id, kind, label, ...scope !== undefined ? { scope } : {} });
    return id;
  }

  /**
   * `openToAnyone`: the services `*` may connect to. Both the `*` connection and the approval without review of such a
   * service are risky, so that a change of either one alone shows as risky in a diff.
   */
  private risksOf(edge: MapEdge, options: RiskOptions, openToAnyone: ReadonlySet<string>): string[] {
    const who = this.nodes.get(edge.from)!;
    const risks: string[] = [];
    if (who.kind === 'unknown') risks.push(`access through a value unknown until deploy: ${who.label}`);
    const anyEndpointApproved = edge.how === 'approved' && who.kind === 'endpoint' && who.label === ANYONE;
    if ((who.kind === 'anyone' && edge.how === 'connect') || (anyEndpointApproved && openToAnyone.has(edge.to))) {
      const approval = this.autoApproval.get(edge.to);
      if (approval === true) risks.push('any account may connect, and the service approves connections without review');
      else if (typeof approval === 'string') risks.push(`any account may connect, and whether the service reviews connections is unknown until deploy: ${approval}`);
    }
    if (who.kind === 'anyone' && edge.how === 'decrypt') risks.push('the key policy lets any principal use the key');
    if (edge.how === 'network' && who.kind === 'cidr' && isEveryAddress(who.label)) {
      risks.push(`the whitelist lets every address reach the endpoint (${who.label})`);
    }
    if (edge.how === 'network' && who.kind === 'anyone') {
      risks.push('access control is off (enable_whitelist): every address that can route to the endpoint reaches it');
    }
    if (who.label === AWS_SUPPORT_ACCOUNT) risks.push(`AWS Support (${AWS_SUPPORT_ACCOUNT}) may restore the snapshot`);
    const account = who.kind === 'account' ? who.label : who.kind === 'principal' ? accountOfPrincipal(who.label) : undefined;
    if (options.knownAccounts && account !== undefined && account !== AWS_SUPPORT_ACCOUNT && !options.knownAccounts.has(account)) {
      risks.push(`account ${account} is not one of the known accounts`);
    }
    return risks;
  }
}
