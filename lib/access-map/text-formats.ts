/**
 * The map as text: lines for a terminal, JSON for scripts, a Markdown table for a pull request, and Mermaid, which
 * GitHub draws in Markdown.
 */
import { MapView, ViewEdge } from './diff';
import { scopeTitle } from './input-scope';
import { MapNode, byKind, nameOf, scopesOf } from './model';

const SIGN = { added: '+', removed: '-' } as const;

/** Looks up the nodes of a view by id. */
function nodesOf(view: MapView): (id: string) => MapNode {
  const byId = new Map(view.nodes.map(n => [n.id, n]));
  return id => byId.get(id)!;
}

/** The limits of an edge: the VPCs of an endpoint grant, the bandwidth of a connection. */
export function limitsOf(edge: ViewEdge): string {
  if (edge.vpcs !== undefined) return `VPCs ${edge.vpcs.join(', ')}`;
  // A grant names no VPC to allow them all; a managed endpoint (from an endpoint) is in one VPC.
  if (edge.how === 'endpoint' && !edge.from.startsWith('endpoint:')) return 'every VPC';
  if (edge.bandwidth !== undefined) return `bandwidth ${edge.bandwidth}`;
  return '';
}

/** Where an edge comes from, as one line: `file:line resource property (path)`. */
export function whereOf(edge: ViewEdge): string {
  const s = edge.source;
  const file = s.file === undefined ? '' : `${s.file}${s.line === undefined ? '' : `:${s.line}`} `;
  return `${file}${s.resource} ${s.property}${s.path === undefined ? '' : ` (${s.path})`}`;
}

/**
 * Who, as tables and lines show it: by its label where the label alone says what it is (an account ID, a CIDR, an ARN,
 * `*` for anyone), else by its id, so that an organization path does not read as an account and an endpoint approved
 * without review (`endpoint:*`) not as anyone.
 */
export function whoOf(node: MapNode): string {
  return node.kind === 'organization' || node.kind === 'endpoint' ? nameOf(node) : node.label;
}

/** `222233334444 restore snapshot:analytics/nightly`: who by `whoOf`, what by its name. */
function triple(edge: ViewEdge, node: (id: string) => MapNode): string {
  return `${whoOf(node(edge.from))} ${edge.how} ${nameOf(node(edge.to))}`;
}

export function textFormat(view: MapView): string {
  const node = nodesOf(view);
  const lines = view.edges.map(edge => {
    const limits = limitsOf(edge);
    const head = `${edge.change ? `${SIGN[edge.change]} ` : ''}${triple(edge, node)}${limits ? ` [${limits}]` : ''}`;
    return [`${head}  (${whereOf(edge)})`, ...(edge.risks ?? []).map(r => `    risky: ${r}`)].join('\n');
  });
  const risky = view.edges.filter(e => e.risks !== undefined).length;
  const summary = view.diff
    ? `${view.edges.filter(e => e.change === 'added').length} added, ${view.edges.filter(e => e.change === 'removed').length} removed`
      + ` (${risky} risky).`
    : `${view.edges.length} edges (${risky} risky) between ${view.nodes.length} nodes.`;
  return [...lines, summary].join('\n') + '\n';
}

export function jsonFormat(view: MapView): string {
  const edge = ({ change: _change, ...e }: ViewEdge) => e;
  const body = view.diff
    ? {
      nodes: view.nodes,
      added: view.edges.filter(e => e.change === 'added').map(edge),
      removed: view.edges.filter(e => e.change === 'removed').map(edge),
    }
    : { nodes: view.nodes, edges: view.edges.map(edge) };
  return JSON.stringify(body, undefined, 2) + '\n';
}

/** Text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownFormat(view: MapView): string {
  const node = nodesOf(view);
  const header = [...view.diff ? ['change'] : [], 'who', 'how', 'what', 'limits', 'where', 'risk'];
  const rows = view.edges.map(edge => [
    ...view.diff ? [SIGN[edge.change!]] : [],
    `\`${cell(whoOf(node(edge.from)))}\``,
    edge.how,
    `\`${cell(nameOf(node(edge.to)))}\``,
    cell(limitsOf(edge)),
    cell(whereOf(edge)),
    cell((edge.risks ?? []).map(r => `⚠ ${r}`).join('; ')),
  ]);
  const table = [header, header.map(() => '---'), ...rows].map(r => `| ${r.join(' | ')} |`);
  return table.join('\n') + '\n';
}

/** Mermaid's shapes: who rounded, a network a parallelogram, a service a subroutine, what holds data a cylinder. */
const MERMAID_SHAPES = byKind<[string, string]>([
  [['account', 'principal', 'organization'], ['([', '])']],
  [['anyone', 'unknown'], ['{{', '}}']],
  [['cidr', 'vpc'], ['[/', '/]']],
  [['endpoint'], ['[', ']']],
  [['service'], ['[[', ']]']],
  [['snapshot', 'cluster', 'workgroup'], ['[(', ')]']],
  [['key'], ['>', ']']],
]);

/** A label in Mermaid's quotes: its own quotes as entities. */
function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;');
}

/**
 * A flowchart: the nodes of each input in a subgraph titled by the input where the view has several, so that the
 * resources of two stacks with the same logical ID are told apart.
 */
export function mermaidFormat(view: MapView): string {
  const ids = new Map(view.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  const declare = (n: MapNode, indent: string) => {
    const [open, close] = MERMAID_SHAPES[n.kind];
    lines.push(`${indent}${ids.get(n.id)}${open}"${mermaidText(`${n.kind}: ${n.label}`)}"${close}`);
  };
  const scopes = scopesOf(view.nodes);
  [...scopes].forEach(([scope, nodes], i) => {
    lines.push(`  subgraph s${i} ["${mermaidText(scopeTitle(scope))}"]`);
    nodes.forEach(n => declare(n, '    '));
    lines.push('  end');
  });
  view.nodes.filter(n => n.scope === undefined || !scopes.has(n.scope)).forEach(n => declare(n, '  '));
  const styles: string[] = [];
  view.edges.forEach((edge, i) => {
    const limits = limitsOf(edge);
    const label = `${edge.change ? `${SIGN[edge.change]} ` : ''}${edge.how}${limits ? ` (${limits})` : ''}${edge.risks ? ' ⚠' : ''}`;
    lines.push(`  ${ids.get(edge.from)} ${edge.change === 'removed' ? '-.->' : '-->'}|"${mermaidText(label)}"| ${ids.get(edge.to)}`);
    const color = edge.change === 'removed' ? '#888' : edge.risks ? '#d00' : edge.change === 'added' ? '#080' : undefined;
    if (color !== undefined) styles.push(`  linkStyle ${i} stroke:${color},stroke-width:2px`);
  });
  return [...lines, ...styles].join('\n') + '\n';
}
