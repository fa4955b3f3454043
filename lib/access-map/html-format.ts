/**
 * The map as one self-contained HTML page: the drawing as SVG, laid out by dagre (a layered graph layout), the table
 * beside it, risky edges in red with their reasons. No script, no style sheet, font or image from the network.
 *
 * @see https://github.com/dagrejs/dagre/wiki
 */
import type * as Dagre from '@dagrejs/dagre' with { 'resolution-mode': 'import' };
import { MapView, ViewEdge } from './diff';
import { scopeTitle } from './input-scope';
import { MapNode, byKind, nameOf, scopesOf } from './model';
import { limitsOf, whereOf, whoOf } from './text-formats';

// dagre ships its types as an ES module's, and a CommonJS build that `require` loads (its `exports` map).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dagre: typeof Dagre = require('@dagrejs/dagre');

/** Above this many edges the page holds the table only: a drawing that large is no longer read, and takes long to lay out. */
export const MAX_DRAWN_EDGES = 400;

const CHAR_WIDTH = 7.2;
const NODE_HEIGHT = 38;
const PADDING = 12;
/** The room above the nodes of an input's frame for its title. */
const SCOPE_TITLE_HEIGHT = 20;

const COLORS = byKind<string>([
  [['account', 'principal', 'organization'], '#dbeafe'],
  [['anyone'], '#fecaca'],
  [['unknown'], '#fde68a'],
  [['cidr', 'vpc'], '#e0e7ff'],
  [['endpoint', 'service'], '#dcfce7'],
  [['snapshot', 'cluster', 'workgroup', 'key'], '#f3e8ff'],
]);

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function edgeColor(edge: ViewEdge): string {
  if (edge.risks) return '#dc2626';
  if (edge.change === 'added') return '#16a34a';
  if (edge.change === 'removed') return '#9ca3af';
  return '#475569';
}

function edgeText(edge: ViewEdge): string {
  const limits = limitsOf(edge);
  return `${edge.change === 'added' ? '+ ' : edge.change === 'removed' ? '- ' : ''}${edge.how}${limits ? ` (${limits})` : ''}`;
}

/**
 * The drawing: each node a box with its kind and label, each edge an arrow with its kind of access; where the view has
 * several inputs, the nodes of each in a frame titled by the input (a stack's name, a configuration's directory).
 */
export function svgOf(view: MapView): string {
  const graph = new dagre.graphlib.Graph({ multigraph: true, compound: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 90, edgesep: 10, marginx: 10, marginy: 10 });
  for (const node of view.nodes) {
    const width = Math.max(node.label.length, node.kind.length) * CHAR_WIDTH + 2 * PADDING;
    graph.setNode(node.id, { width, height: NODE_HEIGHT });
  }
  const scopes = [...scopesOf(view.nodes)].map(([scope, nodes], i) => ({ id: `scope\0${i}`, title: scopeTitle(scope), nodes }));
  // Room for the titles of the frames, which dagre does not lay out.
  if (scopes.length > 0) graph.setGraph({ ...graph.graph(), marginy: 10 + SCOPE_TITLE_HEIGHT, nodesep: 14 + SCOPE_TITLE_HEIGHT });
  for (const scope of scopes) {
    graph.setNode(scope.id, {});
    scope.nodes.forEach(n => graph.setParent(n.id, scope.id));
  }
  view.edges.forEach((edge, i) => {
    graph.setEdge(edge.from, edge.to, { width: edgeText(edge).length * 6.2 + 8, height: 16, labelpos: 'c' }, String(i));
  });
  dagre.layout(graph);
  const { width = 0, height = 0 } = graph.graph();
  const parts: string[] = scopes.map(scope => {
    const laid: Dagre.NodeLabel = graph.node(scope.id);
    const [x, y] = [laid.x! - laid.width / 2, laid.y! - laid.height / 2 - SCOPE_TITLE_HEIGHT];
    return `<g class="scope"><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${laid.width.toFixed(1)}" `
      + `height="${(laid.height + SCOPE_TITLE_HEIGHT).toFixed(1)}" rx="8" fill="#f8fafc" stroke="#94a3b8" stroke-dasharray="4 3"/>`
      + `<text x="${(x + 8).toFixed(1)}" y="${(y + 14).toFixed(1)}" font-size="11" font-weight="bold" fill="#334155">${escape(scope.title)}</text></g>`;
  });
  view.edges.forEach((edge, i) => {
    const laid: Dagre.EdgeLabel = graph.edge({ v: edge.from, w: edge.to, name: String(i) });
    const points = (laid.points ?? []).map((p: Dagre.Point) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    const color = edgeColor(edge);
    const title = [`${edge.how}: ${edge.from} → ${edge.to}`, whereOf(edge), ...(edge.risks ?? []).map(r => `risky: ${r}`)].join('\n');
    const text = edgeText(edge);
    parts.push(`<g class="edge${edge.risks ? ' risky' : ''}" data-how="${edge.how}"><title>${escape(title)}</title>`
      + `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="${edge.risks ? 2.5 : 1.5}"`
      + `${edge.change === 'removed' ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#arrow-${color.slice(1)})"/>`
      + `<rect x="${(laid.x! - (laid.width ?? 0) / 2).toFixed(1)}" y="${(laid.y! - 8).toFixed(1)}" width="${laid.width}" height="16" rx="3" fill="#fff" opacity="0.85"/>`
      + `<text x="${laid.x!.toFixed(1)}" y="${(laid.y! + 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="${color}">${escape(text)}${edge.risks ? ' ⚠' : ''}</text></g>`);
  });
  for (const node of view.nodes) {
    const laid: Dagre.NodeLabel = graph.node(node.id);
    const x = laid.x! - laid.width / 2;
    const y = laid.y! - laid.height / 2;
    parts.push(`<g class="node" data-kind="${node.kind}"><title>${escape(node.id)}</title>`
      + `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${laid.width.toFixed(1)}" height="${laid.height}" rx="6" fill="${COLORS[node.kind]}" stroke="#64748b"/>`
      + `<text x="${laid.x!.toFixed(1)}" y="${(y + 13).toFixed(1)}" text-anchor="middle" font-size="9" fill="#475569">${node.kind}</text>`
      + `<text x="${laid.x!.toFixed(1)}" y="${(y + 29).toFixed(1)}" text-anchor="middle" font-size="12" font-family="monospace">${escape(node.label)}</text></g>`);
  }
  const markers = [...new Set(view.edges.map(edgeColor))].map(c => `<marker id="arrow-${c.slice(1)}" viewBox="0 0 10 10" refX="10" refY="5" `
    + `markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" `
    + `viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="sans-serif" role="img" aria-label="access map">`
    + `<defs>${markers.join('')}</defs>${parts.join('')}</svg>`;
}

function tableOf(view: MapView, node: (id: string) => MapNode): string {
  const rows = view.edges.map(edge => `<tr class="${edge.risks ? 'risky' : ''} ${edge.change ?? ''}">`
    + (view.diff ? `<td>${edge.change === 'added' ? '+' : '-'}</td>` : '')
    + `<td><code>${escape(whoOf(node(edge.from)))}</code></td><td>${edge.how}</td><td><code>${escape(nameOf(node(edge.to)))}</code></td>`
    + `<td>${escape(limitsOf(edge))}</td><td class="where">${escape(whereOf(edge))}</td>`
    + `<td>${(edge.risks ?? []).map(r => `⚠ ${escape(r)}`).join('<br>')}</td></tr>`);
  return `<table><thead><tr>${view.diff ? '<th></th>' : ''}<th>who</th><th>how</th><th>what</th><th>limits</th><th>where</th><th>risk</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody></table>`;
}

export function htmlFormat(view: MapView, title = 'Access map'): string {
  const byId = new Map(view.nodes.map(n => [n.id, n]));
  const risky = view.edges.filter(e => e.risks).length;
  const drawing = view.edges.length <= MAX_DRAWN_EDGES ? svgOf(view)
    : `<p>${view.edges.length} edges: too many to draw (at most ${MAX_DRAWN_EDGES}); the table lists them all.</p>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
body { font-family: sans-serif; margin: 16px; color: #0f172a; }
.layout { display: flex; gap: 24px; align-items: flex-start; }
.drawing { flex: 0 0 auto; max-width: 62vw; max-height: 90vh; overflow: auto; border: 1px solid #cbd5e1; border-radius: 6px; }
table { border-collapse: collapse; font-size: 12px; flex: 1 1 0; min-width: 30vw; }
td { overflow-wrap: anywhere; }
th, td { border: 1px solid #cbd5e1; padding: 3px 6px; text-align: left; vertical-align: top; }
tr.risky td { background: #fee2e2; }
tr.added td:first-child { color: #16a34a; font-weight: bold; }
tr.removed td { color: #6b7280; text-decoration: line-through; }
td.where { font-size: 11px; color: #475569; }
</style></head>
<body><h1>${escape(title)}</h1>
<p>${view.diff ? `${view.edges.filter(e => e.change === 'added').length} added, ${view.edges.filter(e => e.change === 'removed').length} removed`
  : `${view.edges.length} edges between ${view.nodes.length} nodes`}, ${risky} risky.</p>
<div class="layout"><div class="drawing">${drawing}</div>${tableOf(view, id => byId.get(id)!)}</div>
</body></html>
`;
}
