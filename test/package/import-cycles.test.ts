/**
 * The lint step's import-circle check (`scripts/check-import-cycles.ts`): no file under `lib/` imports one that
 * imports it back, type imports included, no folder imports one that imports it back, and the check fails on a circle
 * of any length.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { folderCycles, importCycles } from '../../scripts/check-import-cycles';

const ROOT = path.resolve(__dirname, '..', '..');

/** A folder with these files (name → content), for one case. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const names = (dir: string, cycles: string[][]) => cycles.map(cycle => cycle.map(file => path.relative(dir, file)));

describe('the import-circle check', () => {
  test('lib/ has no circle', () => {
    expect(importCycles(path.join(ROOT, 'lib'))).toEqual([]);
  });

  test.each<[string, Record<string, string>, string[][]]>([
    ['a construct and its rules, by a type import', {
      'thing.ts': "import { RULES } from './thing-rules';\nexport interface ThingProps { readonly a: string }\n",
      'thing-rules.ts': "import type { ThingProps } from './thing';\nexport const RULES: Partial<ThingProps> = {};\n",
    }, [['thing-rules.ts', 'thing.ts']]],
    ['three files around, one through a re-export and an index', {
      'a.ts': "import { b } from './b';\nexport const a = b;\n",
      'b.ts': "export { c as b } from './c';\n",
      'c/index.ts': "import type { a } from '../a';\nexport const c: typeof a | 1 = 1;\n",
    }, [['a.ts', 'b.ts', 'c/index.ts']]],
    ['types in their own file: no circle', {
      'thing-types.ts': 'export interface ThingProps { readonly a: string }\n',
      'thing-rules.ts': "import type { ThingProps } from './thing-types';\nexport const RULES: Partial<ThingProps> = {};\n",
      'thing.ts': "import { RULES } from './thing-rules';\nimport { ThingProps } from './thing-types';\nexport const props: ThingProps = { a: '', ...RULES };\n",
    }, []],
    ['generated code is left out', {
      'thing.ts': "import { G } from './generated/g';\nexport const t = G;\n",
      'generated/g.ts': "import { t } from '../thing';\nexport const G = t;\n",
    }, []],
  ])('%s', (_case, files, expected) => {
    // GIVEN
    const dir = folder(files);
    // WHEN
    const cycles = importCycles(dir);
    // THEN
    expect(names(dir, cycles)).toEqual(expected);
  });
});

describe('the folder-circle check', () => {
  test('lib/ has no folder circle', () => {
    expect(folderCycles(path.join(ROOT, 'lib'))).toEqual([]);
  });

  test.each<[string, Record<string, string>, string[][]]>([
    ['the checker reading a construct folder\'s rule table while the folder runs the checker (the tree before lib/rules)', {
      'aws/snapshot-share.ts': "import { findingsOf } from '../scan/scan';\nexport const share = findingsOf;\n",
      'aws/snapshot-share-rules.ts': 'export const RULES = {};\n',
      'scan/scan.ts': "import { RULES } from '../aws/snapshot-share-rules';\nexport const findingsOf = RULES;\n",
    }, [['aws', 'scan']]],
    ['three folders around, through a sub-folder', {
      'vpcep/endpoint.ts': "import { check } from '../terraform/validation';\nexport const endpoint = check;\n",
      'terraform/validation.ts': "import { scan } from '../scan/inputs/read';\nexport const check = scan;\n",
      'scan/inputs/read.ts': "import type { RULES } from '../../vpcep/endpoint-rules';\nexport const scan: typeof RULES | 1 = 1;\n",
      'vpcep/endpoint-rules.ts': 'export const RULES = {};\n',
    }, [['scan', 'terraform', 'vpcep']]],
    ['the rules a layer below both: no circle', {
      'aws/snapshot-share.ts': "import { findingsOf } from '../checks/check';\nimport { RULES } from '../rules/aws/snapshot-share';\nexport const share = [findingsOf, RULES];\n",
      'checks/check.ts': "import { RULES } from '../rules/aws/snapshot-share';\nexport const findingsOf = RULES;\n",
      'rules/aws/snapshot-share.ts': "import { rule } from '../../core/rules';\nexport const RULES = rule;\n",
      'core/rules.ts': 'export const rule = 1;\n',
    }, []],
    ['a folder that ships on its own is a node of its own', {
      'aws/provider.ts': "import { TYPE } from './private/handlers/types';\nimport { map } from '../map/map';\nexport const p = [TYPE, map];\n",
      'aws/private/handlers/types.ts': "export const TYPE = 'Custom::Thing';\n",
      'map/map.ts': "import { TYPE } from '../aws/private/handlers/types';\nexport const map = TYPE;\n",
    }, []],
  ])('%s', (_case, files, expected) => {
    // GIVEN
    const dir = folder(files);
    // WHEN
    const cycles = folderCycles(dir);
    // THEN
    expect(cycles).toEqual(expected);
    expect(importCycles(dir)).toEqual([]);
  });

  test('the command exits 1 and prints the folders of a circle', () => {
    // GIVEN a tree whose folders import each other
    const dir = folder({
      'a/x.ts': "import { y } from '../b/y';\nexport const x = y;\n",
      'b/y.ts': "import { z } from '../a/z';\nexport const y = z;\n",
      'a/z.ts': 'export const z = 1;\n',
    });
    // WHEN the lint step runs the script on it
    const run = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin'), '-P', path.join(ROOT, 'test', 'tsconfig.json'),
      '--transpile-only', path.join(ROOT, 'scripts', 'check-import-cycles.ts'), dir], { cwd: ROOT, encoding: 'utf-8' });
    // THEN it fails, naming the folders
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Folder circle under ${dir}: a <-> b`);
  });
});
