import * as path from 'path';
import { AccessMap, nameOf } from '../../lib/access-map/model';

export const FIXTURES = path.join(__dirname, '..', 'access-map', 'fixtures');

/** Each edge as one line a reader can check: `<who> <how> <what> <- <resource> <property>`, risky ones marked `!`. */
export function edgeLines(map: AccessMap): string[] {
  const nodes = new Map(map.nodes.map(n => [n.id, n]));
  return map.edges.map(e => `${e.risks ? '! ' : ''}${nodes.get(e.from)!.label} ${e.how} ${nameOf(nodes.get(e.to)!)} <- ${e.source.resource} ${e.source.property}`);
}

/** Runs a command's `main` in this process and keeps what it writes. */
export async function run(main: (args: string[], console: { out: (t: string) => void; err: (t: string) => void }) => Promise<number>,
  ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: text => { out += text; }, err: text => { err += text; } });
  return { code, out, err };
}
