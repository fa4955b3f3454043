/**
 * CONTRIBUTING.md's layer table states, in its last two columns, what the lint configuration lets each folder of lib/
 * import of lib/ and which packages it forbids. The lint configuration is the `no-restricted-imports` overrides that
 * .projenrc.ts writes into .eslintrc.json (one per depth of a folder's files, and some for single files); this test
 * reads both, so that neither can change without the other.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** What lint lets the files of one folder (or one file) import: folders or modules of lib/, and packages forbidden. */
interface Layer {
  allowed: string[];
  packages: string[];
}

/** The restrictions of the lint configuration: by folder for whole folders, by `folder/file.ts` for single files. */
function lintLayers(eslintrc: string): Map<string, Layer> {
  // projen writes a comment line above the JSON.
  const config = JSON.parse(eslintrc.replace(/^\/\/.*\n/, ''));
  const found = new Map<string, Layer>();
  for (const override of config.overrides ?? []) {
    const rule = override.rules?.['no-restricted-imports'];
    if (!rule) continue;
    const patterns = rule[1].patterns as Array<{ group?: string[]; regex?: string }>;
    const packages = [...new Set(patterns.flatMap(p => p.group ?? []).filter(p => !p.endsWith('/*')))].sort();
    const regex = patterns.find(p => p.regex !== undefined)?.regex ?? '';
    const into = /\(\?!\((.*)\)\(\/\|\$\)\)$/.exec(regex)?.[1];
    const allowed = (into === undefined ? [] : into.split('|').map(a => a.replace(/\\(.)/g, '$1'))).sort();
    for (const files of override.files as string[]) {
      const folder = /^lib\/([\w-]+)\/(\*\/)*\*\.ts$/.exec(files)?.[1];
      const file = /^lib\/([\w-]+\/[\w.-]+\.ts)$/.exec(files)?.[1];
      const key = folder ?? file;
      if (key === undefined) throw new Error(`no-restricted-imports override for ${files}, which is neither a folder of lib/ nor a file of one`);
      const before = found.get(key);
      if (before && JSON.stringify(before) !== JSON.stringify({ allowed, packages })) {
        throw new Error(`the overrides of ${key} disagree between depths`);
      }
      found.set(key, { allowed, packages });
    }
  }
  return found;
}

/** The names in backquotes of a cell, `lib/` and a trailing `/` or `.ts` taken off (`lib/core/` is `core`). */
function names(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1].replace(/^lib\//, '').replace(/(\/|\.ts)$/, ''));
}

/**
 * The table's rows as layers: for each folder, what its third column allows before any `;`, and what the fourth
 * forbids; for each file the third column names after a `;` (`x.ts` and `y.ts` also ...), the folder's and those.
 */
function tableLayers(contributing: string): Map<string, Layer> {
  const section = contributing.slice(contributing.indexOf('## The layers, and who may import what'));
  const rows = section.split('\n').filter(line => /^\| `lib\//.test(line));
  const layers = new Map<string, Layer>();
  for (const row of rows) {
    const cells = row.split('|').slice(1, -1).map(c => c.trim());
    const folder = /^`lib\/([\w-]+)\/`$/.exec(cells[0])?.[1];
    if (!folder || cells.length !== 4) throw new Error(`a row of the layer table names no single lib/ folder in four cells: ${row}`);
    const [whole, ...exceptions] = cells[2].split(';');
    const packages = names(cells[3]).sort();
    const allowed = names(whole).filter(n => n !== 'nothing');
    layers.set(folder, { allowed: [...allowed].sort(), packages });
    for (const exception of exceptions) {
      const [files, also] = exception.split(' also ');
      for (const file of names(files)) {
        layers.set(`${folder}/${file}.ts`, { allowed: [...allowed, ...names(also)].sort(), packages });
      }
    }
  }
  return layers;
}

describe('the layer table of CONTRIBUTING.md', () => {
  const lint = lintLayers(fs.readFileSync(path.join(ROOT, '.eslintrc.json'), 'utf-8'));
  const table = tableLayers(fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf-8'));
  const folders = fs.readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort();

  test('has one row for each folder of lib/, and for nothing else', () => {
    expect([...table.keys()].filter(k => !k.includes('/')).sort()).toEqual(folders);
  });

  test('states a layer for exactly the folders and files the lint configuration restricts', () => {
    expect([...table.keys()].sort()).toEqual([...lint.keys()].sort());
  });

  test.each([...lint.keys()].sort())('lib/%s: what it may import of lib/, and the packages it may not, are what lint says', key => {
    expect(table.get(key)).toEqual(lint.get(key));
  });
});

describe('reading the table and the lint configuration', () => {
  const eslintrc = (overrides: unknown[]) => `// generated\n${JSON.stringify({ overrides })}`;
  const override = (files: string[], packages: string[], regex: string) => ({
    files, rules: { 'no-restricted-imports': ['error', { patterns: [{ group: packages, message: 'm' }, { regex, message: 'm' }] }] },
  });

  test('a folder\'s overrides at every depth make one layer; a file\'s override its own', () => {
    // GIVEN lib/aws restricted at two depths, and one of its files allowed one folder more
    const lint = lintLayers(eslintrc([
      override(['lib/aws/*.ts'], ['cdktf', 'cdktf/*'], '^(\\.\\./){1}(?!(core|rules)(/|$))'),
      override(['lib/aws/*/*.ts'], ['cdktf', 'cdktf/*'], '^(\\.\\./){2}(?!(core|rules)(/|$))'),
      override(['lib/aws/plugin.ts'], ['cdktf', 'cdktf/*'], '^(\\.\\./){1}(?!(core|rules|raw-checks)(/|$))'),
    ]));
    // THEN a table row that says so matches it, and one that leaves out the file's exception does not
    const row = (third: string) => tableLayers(`## The layers, and who may import what\n| \`lib/aws/\` | x | ${third} | \`cdktf\` |\n`);
    expect(row('`lib/core/`, `lib/rules/`; `plugin.ts` also `lib/raw-checks/`')).toEqual(lint);
    expect(row('`lib/core/`, `lib/rules/`')).not.toEqual(lint);
    expect(row('`lib/core/`; `plugin.ts` also `lib/raw-checks/`')).not.toEqual(lint);
  });

  test('a package the table leaves out, or one lint does not forbid, is a difference', () => {
    const lint = lintLayers(eslintrc([override(['lib/core/*.ts'], ['cdktf', 'cdktf/*', 'aws-cdk-lib', 'aws-cdk-lib/*'], '^(\\.\\./){1}')]));
    const row = (fourth: string) => tableLayers(`## The layers, and who may import what\n| \`lib/core/\` | x | nothing | ${fourth} |\n`);
    expect(row('`aws-cdk-lib`, `cdktf`')).toEqual(lint);
    expect(row('`cdktf`')).not.toEqual(lint);
    expect(row('`cdktf`, `aws-cdk-lib`, `cdktn`')).not.toEqual(lint);
  });

  test('an override of files outside lib/<folder>/ is an error, not a restriction left unchecked', () => {
    expect(() => lintLayers(eslintrc([override(['test/**/*.ts'], [], '')]))).toThrow(/neither a folder of lib\/ nor a file of one/);
  });
});
