/**
 * Fails when two or more files under a folder (default `lib/`) import each other, directly or around a longer
 * circle. Type-only imports count (eslint-plugin-import's `no-cycle` skips them): a rules file that imports its
 * construct's props while the construct imports the rules is the circle this check exists for. Generated bindings
 * are left out.
 *
 * Usage: `ts-node scripts/check-import-cycles.ts [folder]`; prints each circle and exits 1 if there is any.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** The `.ts` sources under `dir`, without declarations and generated code. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(file);
    return file.endsWith('.ts') && !file.endsWith('.d.ts') ? [file] : [];
  });
}

/** The files of `files` that `file` imports or re-exports from, type-only imports included. */
function importsOf(file: string, files: Set<string>): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf-8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) ? statement.moduleSpecifier : undefined;
    if (specifier === undefined || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), specifier.text);
    const target = [`${base}.ts`, path.join(base, 'index.ts')].find(candidate => files.has(candidate));
    if (target !== undefined) found.push(target);
  }
  return found;
}

/** The circles of the import graph of the sources under `dir`: its strongly connected components of two or more files. */
export function importCycles(dir: string): string[][] {
  const files = new Set(sources(path.resolve(dir)));
  const graph = new Map([...files].map(file => [file, importsOf(file, files)]));
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)!) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

if (require.main === module) {
  const dir = process.argv[2] ?? 'lib';
  const cycles = importCycles(dir);
  for (const cycle of cycles) {
    console.error(`Import circle: ${cycle.map(file => path.relative(process.cwd(), file)).join(' <-> ')}`);
  }
  if (cycles.length > 0) {
    console.error('Files must not import each other (type imports included): move the shared types into a <construct>-types.ts file.');
    process.exit(1);
  }
  console.log(`check-import-cycles: no circles under ${dir}`);
}
