import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../lib/raw-checks/cli';
import { readInputs } from '../../lib/raw-checks/inputs/read-inputs';
import { RESOURCE_TYPES } from '../../lib/raw-checks/resource-types';

/** The corpus: realistic inputs written for these tests, and what the checker must report on each (expected.json). */
const CORPUS = __dirname;

interface ExpectedFinding {
  /** `<file>:<line> <resource> <property>`, the file relative to the corpus. */
  readonly at: string;
  /** A part of the rule's message. */
  readonly rule: string;
  /** Why the vendor refuses the value, with the public source: for the reviewer, not compared. */
  readonly why: string;
}

interface ExpectedInput {
  readonly shape: string;
  readonly findings: readonly ExpectedFinding[];
  /** false for what a folder walk does not read (plans): checked only when named. */
}

const EXPECTED: { inputs: Record<string, ExpectedInput> } = JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf-8'));
const INPUTS = Object.entries(EXPECTED.inputs);

interface JsonReport {
  readonly findings: Array<Record<string, string>>;
  readonly skipped: unknown[];
  readonly modulesNotRead: unknown[];
}

/** Runs the command in this process on `paths` (relative to the corpus), as JSON. */
async function check(...paths: string[]): Promise<{ code: number; report: JsonReport }> {
  let out = '';
  const code = await main(['--format', 'json', ...paths.map(p => path.join(CORPUS, p))], { out: text => { out += text; }, err: () => undefined });
  return { code, report: JSON.parse(out) };
}

/** A finding as expected.json writes it, with its whole rule. */
function placed(finding: Record<string, string>): { at: string; rule: string } {
  const file = path.relative(CORPUS, path.resolve(finding.file)).split(path.sep).join('/');
  return { at: `${file}:${finding.line} ${finding.resource} ${finding.property}`, rule: finding.rule };
}

/** What `findings` must match: the same places, in any order, each rule holding its expected part. */
function matching(findings: readonly ExpectedFinding[]) {
  return [...findings].sort((a, b) => a.at.localeCompare(b.at)).map(f => ({ at: f.at, rule: expect.stringContaining(f.rule) }));
}

function sortedPlaces(findings: Array<Record<string, string>>) {
  return findings.map(placed).sort((a, b) => a.at.localeCompare(b.at));
}

describe('the corpus of realistic inputs', () => {
  test.each(INPUTS)('%s: exactly the expected findings, none on what the vendor accepts', async (input, expected) => {
    // GIVEN one input of the corpus (a file, or a folder that is one Terraform root module)
    // WHEN it is checked
    const { code, report } = await check(input);
    // THEN every finding is one reviewed in expected.json, and every expected one is reported
    expect(sortedPlaces(report.findings)).toEqual(matching(expected.findings));
    expect(code).toBe(expected.findings.length > 0 ? 1 : 0);
    // AND nothing of it was left unread
    expect([report.skipped, report.modulesNotRead]).toEqual([[], []]);
  });

  test('the whole folder: the findings of every input a walk reads, and nothing more', async () => {
    // GIVEN the corpus folder, with root modules, a local module, templates, variable files, plans and state
    // WHEN it is checked as one path
    const { code, report } = await check('.');
    // THEN the findings are those of every input together, plans found by their content included
    expect(sortedPlaces(report.findings)).toEqual(matching(INPUTS.flatMap(([, expected]) => expected.findings)));
    expect(code).toBe(1);
    // AND the state file, which the checks do not judge, is listed as skipped with the reason, not passed over
    expect(report.skipped).toEqual([{ file: expect.stringMatching(/state[\\/]vpcep\.state\.json$/), reason: expect.stringMatching(/is Terraform state/) }]);
  });

  test('covers every resource type the checks know', async () => {
    // GIVEN every input of the corpus, read as the checker reads them
    const reading = await readInputs(INPUTS.map(([input]) => path.join(CORPUS, input)));
    // WHEN the types of the resources read are listed
    const types = new Set(reading.inputs.flatMap(i => i.resources.map(r => r.type)));
    // THEN each type the checks know is among them
    expect(Object.keys(RESOURCE_TYPES).filter(type => !types.has(type))).toEqual([]);
  });

  test('holds at least 30 files, each an input or part of one', () => {
    const files = fs.readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile() && !/\.test\.ts$|^expected\.json$/.test(entry.name));
    expect(files.length).toBeGreaterThanOrEqual(30);
  });
});
