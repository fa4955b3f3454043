/**
 * CONTRIBUTING.md's layer table states, in its last column, what the lint configuration forbids each folder of lib/ to
 * import. The lint configuration is the `no-restricted-imports` overrides that .projenrc.ts writes into .eslintrc.json;
 * this test reads both, so that neither can change without the other.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** A folder's lint restriction: the import patterns it may not use. */
type Restrictions = Map<string, string[]>;

/** The `no-restricted-imports` patterns of each `lib/<folder>/**` override of the lint configuration, by folder. */
function lintRestrictions(eslintrc: string): Restrictions {
  // projen writes a comment line above the JSON.
  const config = JSON.parse(eslintrc.replace(/^\/\/.*\n/, ''));
  const found: Restrictions = new Map();
  for (const override of config.overrides ?? []) {
    const rule = override.rules?.['no-restricted-imports'];
    if (!rule) continue;
    for (const files of override.files as string[]) {
      const folder = /^lib\/([\w-]+)\/\*\*\/\*\.ts$/.exec(files)?.[1];
      if (!folder) throw new Error(`no-restricted-imports override for ${files}, which is not a lib/<folder>/**/*.ts glob`);
      const patterns = (rule[1].patterns as Array<{ group: string[] }>).flatMap(p => p.group);
      found.set(folder, [...(found.get(folder) ?? []), ...patterns].sort());
    }
  }
  return found;
}

/**
 * The import patterns a cell of the table's last column stands for: a package (`aws-cdk-lib`) and its subpaths, a
 * folder (`lib/aws/`, `generated/`) wherever it is and its files, and `../*` as written.
 */
function patternsOf(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1]).flatMap(name => {
    if (name === '../*') return [name];
    const folder = /^(?:lib\/)?([\w-]+)\/$/.exec(name)?.[1];
    return folder ? [`**/${folder}`, `**/${folder}/*`] : [name, `${name}/*`];
  }).sort();
}

/** The layer table's rows: the folder's name under lib/ and the cells of its row. */
function layerTable(contributing: string): Map<string, string[]> {
  const section = contributing.slice(contributing.indexOf('## The layers, and who may import what'));
  const rows = section.split('\n').filter(line => /^\| `lib\//.test(line));
  return new Map(rows.map(row => {
    const cells = row.split('|').slice(1, -1).map(c => c.trim());
    const folder = /^`lib\/([\w-]+)\/`$/.exec(cells[0])?.[1];
    if (!folder) throw new Error(`a row of the layer table names no single lib/ folder: ${cells[0]}`);
    return [folder, cells];
  }));
}

describe('the layer table of CONTRIBUTING.md', () => {
  const lint = lintRestrictions(fs.readFileSync(path.join(ROOT, '.eslintrc.json'), 'utf-8'));
  const table = layerTable(fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf-8'));
  const folders = fs.readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort();

  test('has one row for each folder of lib/, and for nothing else', () => {
    expect([...table.keys()].sort()).toEqual(folders);
  });

  test('states a restriction for exactly the folders the lint configuration restricts', () => {
    expect([...lint.keys()].sort()).toEqual([...table.keys()].sort());
  });

  test.each(folders)('lib/%s: its last column is what the lint configuration forbids, no more and no less', folder => {
    const cells = table.get(folder);
    expect(cells).toHaveLength(4);
    expect(patternsOf(cells![3])).toEqual(lint.get(folder));
  });
});

describe('reading the table and the lint configuration', () => {
  test('a package stands for itself and its subpaths, a folder for itself anywhere and its files', () => {
    expect(patternsOf('`aws-cdk-lib`, `lib/aws/`, `generated/`, `../*`'))
      .toEqual(['**/aws', '**/aws/*', '**/generated', '**/generated/*', '../*', 'aws-cdk-lib', 'aws-cdk-lib/*']);
  });

  test('a restriction missing from the table, or one the lint configuration lacks, is a difference', () => {
    // GIVEN a lint configuration that forbids lib/core cdktf and aws-cdk-lib
    const eslintrc = `// generated\n${JSON.stringify({
      overrides: [{
        files: ['lib/core/**/*.ts'],
        rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['cdktf', 'cdktf/*', 'aws-cdk-lib', 'aws-cdk-lib/*'], message: 'm' }] }] },
      }],
    })}`;
    const forbidden = lintRestrictions(eslintrc).get('core');
    // THEN a table that names only one of them, or a third one as well, does not match it
    expect(patternsOf('`cdktf`')).not.toEqual(forbidden);
    expect(patternsOf('`cdktf`, `aws-cdk-lib`, `cdktn`')).not.toEqual(forbidden);
    expect(patternsOf('`aws-cdk-lib`, `cdktf`')).toEqual(forbidden);
  });

  test('an override of files outside lib/<folder>/ is an error, not a restriction left unchecked', () => {
    const eslintrc = JSON.stringify({ overrides: [{ files: ['test/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [] }] } }] });
    expect(() => lintRestrictions(eslintrc)).toThrow(/not a lib\/<folder>\/\*\*\/\*\.ts glob/);
  });
});
