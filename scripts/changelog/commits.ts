/**
 * The commits the CHANGELOG is made from, and the convention their subjects follow (CONTRIBUTING, "Commits and
 * changes for users"): `type(scope)!: description`, at most 72 characters, one change per commit.
 *
 * @see https://www.conventionalcommits.org/en/v1.0.0/ (the prefix, `!` and the `BREAKING CHANGE:` footer)
 */
import { execFileSync } from 'child_process';

/** The types CONTRIBUTING allows; any other is a finding. */
const COMMIT_TYPES = ['feat', 'fix', 'docs', 'refactor', 'test', 'perf', 'chore'];
const MAX_SUBJECT_LENGTH = 72;
/** A body paragraph that starts with this is the entry's text for users. */
const USER_NOTE = 'Changelog:';
/** The subject of the commit that makes a release, after which the next Unreleased section starts. */
const RELEASE_SUBJECT = /^chore\(release\): /;

const SUBJECT = /^([a-z]+)(?:\(([a-z0-9-]+)\))?(!)?: (\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: */;

export interface Commit {
  /** The full hash. */
  readonly hash: string;
  readonly subject: string;
  /** The message after the subject, trimmed. */
  readonly body: string;
}

/** A commit whose subject parses, as the CHANGELOG reads it. */
export interface ParsedCommit extends Commit {
  readonly type: string;
  readonly scope?: string;
  readonly description: string;
  /** A `!` after the type or scope, or a `BREAKING CHANGE:` footer. */
  readonly breaking: boolean;
  /** The body's first paragraph when it starts with {@link USER_NOTE}, without it, on one line. */
  readonly userNote?: string;
  /** The text of the `BREAKING CHANGE:` footer, on one line. */
  readonly breakingNote?: string;
}

/** Whether the clone is shallow and lacks `start`: its history then ends before the convention began. */
export function lacksStart(cwd: string, start: string): boolean {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  if (git('rev-parse', '--is-shallow-repository') !== 'true') return false;
  try {
    git('cat-file', '-e', `${start}^{commit}`);
    return false;
  } catch {
    return true;
  }
}

/**
 * The commits from `start` (included) to HEAD, oldest first, or all of HEAD's history when `start` is undefined. Merge commits are left out: the commits they bring are
 * read one by one.
 */
export function readCommits(cwd: string, start: string | undefined): Commit[] {
  let log: string;
  try {
    log = execFileSync('git', ['log', '--no-merges', '--reverse', '--format=%H%x1f%s%x1f%b%x1e', start === undefined ? 'HEAD' : `${start}^..HEAD`],
      { cwd, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error).trim();
    throw new Error(`git log from ${start} failed in ${cwd}: ${stderr}\n`
      + 'The history must reach the commit where the convention starts (in a shallow clone: git fetch --unshallow).');
  }
  return log.split('\x1e').map(record => record.replace(/^\n/, '')).filter(record => record !== '').map(record => {
    const [hash, subject, body] = record.split('\x1f');
    return { hash, subject, body: body.trim() };
  });
}

/** The commits after the newest release commit, or all of them when there is none yet. */
export function sinceLastRelease(commits: readonly Commit[]): Commit[] {
  const release = commits.map(commit => RELEASE_SUBJECT.test(commit.subject)).lastIndexOf(true);
  return commits.slice(release + 1);
}

/** The commit as the CHANGELOG reads it, or undefined when its subject has no `type: ` prefix. */
export function parseCommit(commit: Commit): ParsedCommit | undefined {
  const match = SUBJECT.exec(commit.subject);
  if (match === null) return undefined;
  const [, type, scope, bang, description] = match;
  const paragraphs = paragraphsOf(commit.body);
  const userNote = paragraphs[0]?.startsWith(USER_NOTE) ? paragraphs[0].slice(USER_NOTE.length).trim() : undefined;
  const footer = paragraphs.find(paragraph => BREAKING_FOOTER.test(paragraph));
  const breakingNote = footer?.replace(BREAKING_FOOTER, '');
  return { ...commit, type, scope, description, breaking: bang === '!' || footer !== undefined, userNote, breakingNote };
}

/** What breaks the convention in the commit's message; empty when nothing does. */
function problemsOf(commit: Commit): string[] {
  const problems: string[] = [];
  const parsed = parseCommit(commit);
  if (parsed === undefined) {
    problems.push(`has no conventional prefix (${COMMIT_TYPES.join(':, ')}:, with an optional (scope) and !)`);
  } else if (!COMMIT_TYPES.includes(parsed.type)) {
    problems.push(`type "${parsed.type}" is not one of ${COMMIT_TYPES.join(', ')}`);
  }
  if (commit.subject.length > MAX_SUBJECT_LENGTH) {
    problems.push(`subject has ${commit.subject.length} characters (at most ${MAX_SUBJECT_LENGTH})`);
  }
  if (commit.subject.includes(';')) problems.push('subject joins changes with ";" (one change per commit)');
  if (paragraphsOf(commit.body).slice(1).some(paragraph => paragraph.startsWith(USER_NOTE))) {
    problems.push(`a "${USER_NOTE}" paragraph must be the body's first, or the CHANGELOG would not show it`);
  }
  return problems;
}

/**
 * One line per problem of each commit, naming it by short hash and subject, except the commits of `exceptions`
 * (full hash to the reason it is let pass), which must each name a commit of `commits`.
 */
export function checkCommits(commits: readonly Commit[], exceptions: Readonly<Record<string, string>>,
  options: { readonly staleExceptions: boolean } = { staleExceptions: true }): string[] {
  const known = new Set(commits.map(commit => commit.hash));
  // A history cut short (a shallow clone) may lack an exception's commit without the exception being stale.
  const stale = !options.staleExceptions ? [] : Object.keys(exceptions).filter(hash => !known.has(hash))
    .map(hash => `${hash}: listed as an exception, but is not a commit since the convention started`);
  const found = commits.filter(commit => exceptions[commit.hash] === undefined)
    .flatMap(commit => problemsOf(commit).map(problem => `${commit.hash.slice(0, 7)} "${commit.subject}": ${problem}`));
  return [...stale, ...found];
}

/** The body's paragraphs, each on one line. */
function paragraphsOf(body: string): string[] {
  return body.split(/\n[ \t]*\n/).map(paragraph => paragraph.trim().replace(/\s*\n\s*/g, ' ')).filter(p => p !== '');
}
