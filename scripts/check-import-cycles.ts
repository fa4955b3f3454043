/**
 * Fails when files under a folder (default `lib/`) import each other, directly or around a longer circle, and when
 * its folders do. Type-only imports count (eslint-plugin-import's `no-cycle` skips them): a rules file that imports
 * its construct's props while the construct imports the rules is the circle this check exists for. Generated bindings
 * are left out.
 *
 * A folder circle need not hold a file circle: a construct that runs the checker, whose tables are read from a
 * rules file beside that construct, closes one. Each top-level folder is one node (its sub-folders belong to it), and
 * so is each folder that ships on its own ({@link SEPARATE_UNITS}).
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

/**
 * The folders under `lib/` that ship on their own and so are nodes of the folder graph apart from the folder that holds
 * them: the handlers, the code of the library's Lambda functions, import nothing of the rest of `lib/`.
 */
export const SEPARATE_UNITS = ['aws/private/handlers'];

/** The import graph of the sources under `dir`: each file and the files it imports. */
function fileGraph(dir: string): Map<string, string[]> {
  const files = new Set(sources(path.resolve(dir)));
  return new Map([...files].map(file => [file, importsOf(file, files)]));
}

/** The strongly connected components of two or more nodes of `graph` (Tarjan's algorithm), each sorted. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The circles of the import graph of the sources under `dir`: its strongly connected components of two or more files. */
export function importCycles(dir: string): string[][] {
  return circles(fileGraph(dir));
}

/**
 * The circles between the folders under `dir`, each folder named relative to `dir` (`.` for the files directly in it):
 * the strongly connected components of two or more folders of the graph in which a folder imports another when one of
 * its files does.
 */
export function folderCycles(dir: string, separateUnits: readonly string[] = SEPARATE_UNITS): string[][] {
  const root = path.resolve(dir);
  const folderOf = (file: string): string => {
    const relative = path.relative(root, path.dirname(file)).split(path.sep).join('/');
    const unit = separateUnits.find(u => relative === u || relative.startsWith(`${u}/`));
    return unit ?? (relative.split('/')[0] || '.');
  };
  const graph = new Map<string, Set<string>>();
  for (const [file, imported] of fileGraph(root)) {
    const from = folderOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    for (const target of imported.map(folderOf)) if (target !== from) targets.add(target);
    graph.set(from, targets);
  }
  return circles(new Map([...graph].map(([folder, targets]) => [folder, [...targets].sort()])));
}

if (require.main === module) {
  const dir = process.argv[2] ?? 'lib';
  const cycles = importCycles(dir);
  for (const cycle of cycles) {
    console.error(`Import circle: ${cycle.map(file => path.relative(process.cwd(), file)).join(' <-> ')}`);
  }
  if (cycles.length > 0) {
    console.error('Files must not import each other (type imports included): move the shared types into a <construct>-types.ts file.');
  }
  const folders = folderCycles(dir);
  for (const cycle of folders) console.error(`Folder circle under ${dir}: ${cycle.join(' <-> ')}`);
  if (folders.length > 0) {
    console.error('Folders must not import each other: move what both need down a layer (the rules into lib/rules, shared code into lib/core).');
  }
  if (cycles.length > 0 || folders.length > 0) process.exit(1);
  console.log(`check-import-cycles: no circles of files or folders under ${dir}`);
}
