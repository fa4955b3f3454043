/**
 * Prints what `npm run synth` wrote: each CloudFormation template and Terraform stack with its resources by type, and
 * each access map with its number of edges (who can reach what).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

function countByType(resources: Record<string, any>, typeOf: (key: string, value: any) => [string, number]): string {
  const counts = new Map<string, number>();
  for (const [key, value] of Object.entries(resources)) {
    const [type, n] = typeOf(key, value);
    counts.set(type, (counts.get(type) ?? 0) + n);
  }
  return [...counts].map(([type, n]) => `${n} × ${type}`).join(', ');
}

function listCloudFormation(dir: string): void {
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.template.json')).sort()) {
    const template = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf-8'));
    const summary = countByType(template.Resources ?? {}, (_id, r) => [r.Type, 1]);
    process.stdout.write(`${path.relative(ROOT, path.join(dir, file))}: ${summary}\n`);
  }
}

function listTerraform(dir: string): void {
  const stacks = path.join(dir, 'stacks');
  for (const stack of fs.readdirSync(stacks).sort()) {
    const file = path.join(stacks, stack, 'cdk.tf.json');
    const doc = JSON.parse(fs.readFileSync(file, 'utf-8'));
    const summary = countByType(doc.resource ?? {}, (type, instances) => [type, Object.keys(instances).length]);
    const sources = Object.values<any>(doc.terraform?.required_providers ?? {}).map(p => p.source).join(', ');
    process.stdout.write(`${path.relative(ROOT, file)}: ${summary} (providers: ${sources})\n`);
    listAccessMap(path.join(stacks, stack, 'access-map.json'));
  }
}

function listAccessMap(file: string): void {
  if (!fs.existsSync(file)) return;
  const map = JSON.parse(fs.readFileSync(file, 'utf-8'));
  process.stdout.write(`${path.relative(ROOT, file)}: ${map.edges.length} edges of access\n`);
}

listCloudFormation(path.join(ROOT, 'cdk.out'));
listAccessMap(path.join(ROOT, 'cdk.out', 'access-map.json'));
listTerraform(path.join(ROOT, 'cdktf.out'));
