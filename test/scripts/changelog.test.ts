/**
 * `npx projen changelog` (scripts/changelog.ts): the Unreleased section of CHANGELOG.md written from the commits of
 * a throwaway repository, and the check of their subjects.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChangelog } from '../../scripts/changelog';

const HEAD_OF_FILE = '# Changelog\n\nWhat changed for users, newest first.\n\n';
const OLD_RELEASE = '## 0.1.0 (2026-12-03)\n\n### Added\n\n- Written by hand, before the convention.\n';
const NOTE = '<!-- Written by `npx projen changelog` from the commits since the last release: see CONTRIBUTING. -->';
const LONG_NOTE = 'Changelog: an endpoint of another account names that account as its owner, and the cluster by its literal '
  + 'identifier, so that the template deploys in either account.';

const made: string[] = [];
afterAll(() => made.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

/** A git repository in a temporary folder, with a CHANGELOG.md and one free-form commit before the convention. */
class Repository {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'changelog-'));
  private tick = 0;

  constructor() {
    made.push(this.dir);
    this.git(['init', '--quiet', '--initial-branch=main']);
    this.write(HEAD_OF_FILE + OLD_RELEASE);
    this.git(['add', 'CHANGELOG.md']);
    this.commit('Initial import; free-form, before the convention');
  }

  /** Commits the message, each a second after the last (so hashes are the same on every run), and returns its short hash. */
  commit(message: string): string {
    const date = `2026-12-07T10:00:${String(this.tick++).padStart(2, '0')}Z`;
    this.git(['commit', '--quiet', '--allow-empty', '--no-verify', '-F', '-'], message, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return this.git(['rev-parse', '--short=7', 'HEAD']);
  }

  full(short: string): string {
    return this.git(['rev-parse', short]);
  }

  read(): string {
    return fs.readFileSync(path.join(this.dir, 'CHANGELOG.md'), 'utf-8');
  }

  write(text: string): void {
    fs.writeFileSync(path.join(this.dir, 'CHANGELOG.md'), text);
  }

  run(start: string, options: { check?: boolean; exceptions?: Record<string, string> } = {}) {
    return runChangelog({ cwd: this.dir, start: this.full(start), exceptions: options.exceptions ?? {}, check: options.check ?? false });
  }

  private git(args: string[], input?: string, env: Record<string, string> = {}): string {
    return execFileSync('git', ['-c', 'user.name=A', '-c', 'user.email=a@example.com', '-c', 'commit.gpgsign=false', ...args],
      { cwd: this.dir, encoding: 'utf-8', input, env: { ...process.env, ...env } }).trim();
  }
}

/** One commit of every kind since the convention started, by kind. */
function everyKind(repo: Repository) {
  return {
    feat: repo.commit(`feat(aws): take a cluster's owner account from its stack\n\n${LONG_NOTE}\n\nWhy: the reviewer's paragraph.`),
    fix: repo.commit('fix: refuse a security group ID of 16 hex digits\n\nEC2 IDs have 8 or 17.'),
    bang: repo.commit('feat(alicloud)!: refuse IPv6 on a service'),
    footer: repo.commit('refactor(scan): move lib/scan to lib/raw-checks\n\nWhy.\n\nBREAKING CHANGE: deep imports of lib/scan/* are lib/raw-checks/*.'),
    chore: repo.commit('chore: bump the bundled parser'),
    test: repo.commit('test: cover the parser'),
    docs: repo.commit('docs: describe the parser'),
    perf: repo.commit('perf(scan): parse a large HCL file in pieces'),
    fixAws: repo.commit('fix(aws): answer a late Create without work'),
  };
}

describe('the Unreleased section written from the commits', () => {
  test('user-facing commits become entries under their type, breaking ones first, grouped by scope', () => {
    // GIVEN
    const repo = new Repository();
    const c = everyKind(repo);

    // WHEN
    const { problems } = repo.run(c.feat);

    // THEN
    expect(problems).toEqual([]);
    expect(repo.read()).toBe(HEAD_OF_FILE + [
      '## Unreleased',
      '',
      NOTE,
      '',
      '### Breaking changes',
      '',
      `- **alicloud:** Refuse IPv6 on a service. (${c.bang})`,
      `- **scan:** Move lib/scan to lib/raw-checks. Deep imports of lib/scan/* are lib/raw-checks/*. (${c.footer})`,
      '',
      '### Added',
      '',
      "- **aws:** Take a cluster's owner account from its stack. An endpoint of another account names that account as its",
      '  owner, and the cluster by its literal identifier, so that the template deploys in either account. (' + c.feat + ')',
      '',
      '### Fixed',
      '',
      `- Refuse a security group ID of 16 hex digits. (${c.fix})`,
      `- **aws:** Answer a late Create without work. (${c.fixAws})`,
      '',
      '### Performance',
      '',
      `- **scan:** Parse a large HCL file in pieces. (${c.perf})`,
      '',
      '',
    ].join('\n') + OLD_RELEASE);
  });

  test('an entry edited by hand keeps its text and heading, and only new commits get new entries', () => {
    // GIVEN a section edited by hand: two commits told in one entry moved to Changed, one left out with its reason
    const repo = new Repository();
    const c = everyKind(repo);
    repo.run(c.feat);
    const edited = HEAD_OF_FILE + [
      '## Unreleased',
      '',
      NOTE,
      '',
      '### Changed',
      '',
      '- **aws:** A cluster of another account\'s stack is named by its literal identifier; security group IDs',
      `  have 8 or 17 hex digits. (${c.fixAws}, ${c.feat})`,
      '',
      '### Fixed',
      '',
      `- Refuse a security group ID of 16 hex digits. (${c.fix})`,
      '',
      '<!-- Left out on purpose, not noticed by users:',
      `- ${c.bang} a regression that no release had`,
      `- ${c.footer} never released`,
      `- ${c.perf} a benchmark only`,
      '-->',
      '',
      '',
    ].join('\n') + OLD_RELEASE;
    repo.write(edited);
    const fix = repo.commit('fix(vpcep): keep the approval of an imported service');

    // WHEN
    repo.run(c.feat);

    // THEN
    expect(repo.read()).toBe(edited.replace(`(${c.fix})\n`, `(${c.fix})\n- **vpcep:** Keep the approval of an imported service. (${fix})\n`));
  });

  test('after a release commit, the section tells of the commits that follow it, above the release', () => {
    // GIVEN a release made as CONTRIBUTING says: the section renamed to the version, committed as chore(release)
    const repo = new Repository();
    const c = everyKind(repo);
    repo.run(c.feat);
    repo.write(repo.read().replace('## Unreleased', '## 0.2.0 (2026-12-08)'));
    repo.commit('chore(release): 0.2.0');
    const release = repo.read();
    const fix = repo.commit('fix(alicloud): keep the bandwidth of an accepted endpoint');

    // WHEN
    repo.run(c.feat);

    // THEN
    expect(repo.read()).toBe(release.replace('## 0.2.0', [
      '## Unreleased', '', NOTE, '', '### Fixed', '', `- **alicloud:** Keep the bandwidth of an accepted endpoint. (${fix})`, '', '## 0.2.0',
    ].join('\n')));
  });

  test.each([
    ['an entry that names no commit', () => '### Fixed\n\n- Refuse a thing.\n',
      'the entry "- Refuse a thing." names no commit: end it with its commits\' hashes, as "(abc1234)"'],
    ['a hash of no commit since the release', () => '### Fixed\n\n- Refuse a thing. (abcdef0)\n',
      'abcdef0 is not a commit since the last release'],
    ['a heading of no known kind', (c: Record<string, string>) => `### Misc\n\n- Refuse a thing. (${c.fix})\n`,
      'heading "Misc" is not one of Breaking changes, Added, Changed, Deprecated, Removed, Fixed, Security, Performance'],
    ['a paragraph of free text', (c: Record<string, string>) => `### Fixed\n\nSome prose.\n\n- Refuse a thing. (${c.fix})\n`,
      'cannot keep "Some prose.": the section holds only headings, entries and the left-out list'],
    ['a left-out commit without its reason', (c: Record<string, string>) => `<!-- Left out on purpose, not noticed by users:\n- ${c.fix}\n-->\n`,
      `"- ${'HASH'}" in the left-out list is not "- <hash> <reason>"`],
  ])('%s in the section is an error, and the file is left as it was', (_, section, message) => {
    // GIVEN
    const repo = new Repository();
    const c = everyKind(repo);
    const before = `${HEAD_OF_FILE}## Unreleased\n\n${section(c)}\n${OLD_RELEASE}`;
    repo.write(before);

    // WHEN / THEN
    expect(() => repo.run(c.feat)).toThrow(`CHANGELOG.md, ## Unreleased: ${message.replace('HASH', c.fix)}`);
    expect(repo.read()).toBe(before);
  });
});

describe('the check of the commits since the convention started', () => {
  test('names each commit that breaks the convention and what it breaks; an exception passes', () => {
    // GIVEN
    const repo = new Repository();
    const start = repo.commit('feat: add the first conventional commit');
    const bad = {
      noType: repo.commit('Update the parser'),
      build: repo.commit('build: pack the parser'),
      long: repo.commit(`fix: ${'x'.repeat(68)}`),
      joined: repo.commit('fix(aws): order grants; name shares'),
      lateNote: repo.commit('fix: keep the order\n\nWhy.\n\nChangelog: the order is kept.'),
      excepted: repo.commit('build(lint): hold each folder to its layers'),
    };

    // WHEN
    const { problems } = repo.run(start, { check: true, exceptions: { [repo.full(bad.excepted)]: 'type "build"' } });

    // THEN
    expect(problems).toEqual([
      `${bad.noType} "Update the parser": has no conventional prefix (feat:, fix:, docs:, refactor:, test:, perf:, chore:, with an optional (scope) and !)`,
      `${bad.build} "build: pack the parser": type "build" is not one of feat, fix, docs, refactor, test, perf, chore`,
      `${bad.long} "fix: ${'x'.repeat(68)}": subject has 73 characters (at most 72)`,
      `${bad.joined} "fix(aws): order grants; name shares": subject joins changes with ";" (one change per commit)`,
      `${bad.lateNote} "fix: keep the order": a "Changelog:" paragraph must be the body's first, or the CHANGELOG would not show it`,
    ]);
  });

  test.each([
    ['72 characters', 72, []],
    ['73 characters', 73, ['subject has 73 characters (at most 72)']],
  ])('a subject of %s', (_, length, expected) => {
    // GIVEN
    const repo = new Repository();
    const subject = `fix: ${'x'.repeat(length - 5)}`;
    const hash = repo.commit(subject);

    // WHEN
    const { problems } = repo.run(hash, { check: true });

    // THEN
    expect(problems).toEqual(expected.map(problem => `${hash} "${subject}": ${problem}`));
  });

  test('an exception that names no commit since the start is a finding', () => {
    // GIVEN
    const repo = new Repository();
    const start = repo.commit('feat: add the first conventional commit');
    const stale = 'f'.repeat(40);

    // WHEN
    const { problems } = repo.run(start, { check: true, exceptions: { [stale]: 'gone' } });

    // THEN
    expect(problems).toEqual([`${stale}: listed as an exception, but is not a commit since the convention started`]);
  });

  test('writing refuses a history that breaks the convention, and leaves the file as it was', () => {
    // GIVEN
    const repo = new Repository();
    const start = repo.commit('feat: add the first conventional commit');
    const bad = repo.commit('Update the parser');
    const before = repo.read();

    // WHEN
    const { problems } = repo.run(start);

    // THEN
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${bad} "Update the parser": has no conventional prefix`))]);
    expect(repo.read()).toBe(before);
  });

  test('a shallow clone without the start checks the commits it holds', () => {
    // GIVEN a history whose start lies below the two commits a CI job's shallow clone fetches
    const repo = new Repository();
    const start = repo.commit('feat: add the first conventional commit');
    repo.commit('Update the parser');
    const good = repo.commit('fix: keep the order');
    const bad = repo.commit('Update the parser again');
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'changelog-shallow-'));
    made.push(clone);
    execFileSync('git', ['clone', '--quiet', '--depth', '2', `file://${repo.dir}`, clone]);

    // WHEN
    const { problems, summary } = runChangelog({ cwd: clone, start: repo.full(start), exceptions: { [repo.full(start)]: 'kept' }, check: true });

    // THEN only the two commits it holds are read, and the exception it cannot see is not called stale
    expect(summary).toBe('2 commits in this shallow clone follow the convention');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${bad} "Update the parser again": has no conventional prefix`))]);
    expect(problems.join('\n')).not.toContain(good);
  });

  test('a start outside the history says how to fetch it', () => {
    // GIVEN
    const repo = new Repository();

    // WHEN / THEN
    expect(() => runChangelog({ cwd: repo.dir, start: 'e'.repeat(40), exceptions: {}, check: true }))
      .toThrow(/git log from e{40} failed in [\s\S]*\nThe history must reach the commit where the convention starts \(in a shallow clone: git fetch --unshallow\)/);
  });
});
