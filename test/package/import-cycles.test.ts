/**
 * The lint step's import-circle check (`scripts/check-import-cycles.ts`): no file under `lib/` imports one that
 * imports it back, type imports included, and the check fails on a circle of any length.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { importCycles } from '../../scripts/check-import-cycles';

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
