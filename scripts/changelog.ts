/**
 * Writes the `## Unreleased` section of CHANGELOG.md from the commits since the last release, or, with `--check`,
 * only checks that every commit since the convention started follows it. Either fails, naming each commit, on a
 * subject that breaks the convention.
 *
 * Usage: `ts-node scripts/changelog.ts [--check]` (`npx projen changelog`; the lint task runs `--check`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkCommits, lacksStart, readCommits, sinceLastRelease } from './changelog/commits';
import { writeUnreleased } from './changelog/unreleased';

/**
 * The first commit that follows the convention (2026-12-07). The subjects before it are free-form, and the changelog
 * sections they made (0.1.0 and older) are kept as they were written by hand.
 */
export const CONVENTION_START = '474852c49eec94cdd03607ded7d3ef796ae29681';

/** Commits since the start that break the convention, let pass because history is never rewritten. */
export const EXCEPTIONS: Readonly<Record<string, string>> = {
  '474852c49eec94cdd03607ded7d3ef796ae29681': 'two facts of one fix joined by ";", before the habits were written down',
  '15c29ff4f24e3c2464c3349cc5adcee50599bb3c': 'two documentation changes joined by ";"',
  'ab6c98e39b969136f1364780f540a2f359bd6e55': 'type "build", not in the list (a packaging and lint change)',
  'abfb0d2bc62f2b7f17875e197be286f73dc50e4e': 'type "build", not in the list (a lint change)',
};

export interface ChangelogOptions {
  /** The repository's folder, which holds CHANGELOG.md. */
  readonly cwd: string;
  readonly start: string;
  readonly exceptions: Readonly<Record<string, string>>;
  /** Check the commits only; write nothing. */
  readonly check: boolean;
}

/** The problems found (nothing is written when there are any) and, after a check, what was checked. */
export function runChangelog(options: ChangelogOptions): { problems: string[]; summary: string } {
  // A CI job's shallow clone holds the newest commits only: the check reads those; writing needs the whole history.
  const shallow = options.check && lacksStart(options.cwd, options.start);
  const commits = readCommits(options.cwd, shallow ? undefined : options.start);
  const problems = checkCommits(commits, options.exceptions, { staleExceptions: !shallow });
  if (problems.length > 0 || options.check) {
    const since = shallow ? 'in this shallow clone' : `since ${options.start.slice(0, 7)}`;
    return { problems, summary: `${commits.length} commits ${since} follow the convention` };
  }
  const file = path.join(options.cwd, 'CHANGELOG.md');
  fs.writeFileSync(file, writeUnreleased(fs.readFileSync(file, 'utf-8'), sinceLastRelease(commits)));
  return { problems, summary: 'CHANGELOG.md: Unreleased section written' };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.some(arg => arg !== '--check')) {
    process.stderr.write(`changelog: unknown argument ${args.find(arg => arg !== '--check')} (usage: changelog.ts [--check])\n`);
    process.exit(2);
  }
  try {
    const { problems, summary } = runChangelog({
      cwd: path.resolve(__dirname, '..'), start: CONVENTION_START, exceptions: EXCEPTIONS, check: args.includes('--check'),
    });
    if (problems.length > 0) {
      process.stderr.write(`changelog: commits that break the convention in CONTRIBUTING:\n${problems.map(p => `  ${p}\n`).join('')}`);
      process.exit(1);
    }
    process.stdout.write(`changelog: ${summary}\n`);
  } catch (error) {
    process.stderr.write(`changelog: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
