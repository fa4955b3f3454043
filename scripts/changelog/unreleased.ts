/**
 * The `## Unreleased` section of CHANGELOG.md, written from the commits since the last release.
 *
 * Each entry ends with the short hashes of the commits it tells of, `(abc1234)`. An entry edited by hand, or one
 * that tells of several commits, is kept as it is, under the heading it stands under; a user-facing commit no entry
 * names gets a new one, under its type's heading. Commits users never notice are listed, with the reason, in the
 * section's closing comment, so that no run brings them back. Anything else in the section is an error, never lost.
 */
import { Commit, ParsedCommit, parseCommit } from './commits';

const UNRELEASED = '## Unreleased';
/**
 * The headings an Unreleased section may have, in their order: Keep a Changelog's, after the breaking changes.
 * @see https://keepachangelog.com/en/1.1.0/
 */
const HEADINGS = ['Breaking changes', 'Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security', 'Performance'];
const HEADING_OF_TYPE: Readonly<Record<string, string>> = { feat: 'Added', fix: 'Fixed', perf: 'Performance' };
const NOTE = '<!-- Written by `npx projen changelog` from the commits since the last release: see CONTRIBUTING. -->';
const LEFT_OUT_START = '<!-- Left out on purpose, not noticed by users:';
const LEFT_OUT_END = '-->';
const WIDTH = 120;
const REFS = /\(([0-9a-f]{7,40}(?:, [0-9a-f]{7,40})*)\)$/;

interface Entry {
  readonly heading: string;
  /** The bullet's Markdown lines. */
  readonly lines: string[];
  /** The commits it tells of, oldest first. */
  readonly commits: ParsedCommit[];
}

/** The changelog with its Unreleased section (added before the first release's if missing) written from `commits`. */
export function writeUnreleased(changelog: string, commits: readonly Commit[]): string {
  const lines = changelog.split('\n');
  let start = lines.indexOf(UNRELEASED);
  let end: number;
  if (start < 0) {
    start = lines.findIndex(line => line.startsWith('## '));
    if (start < 0) start = lines.length;
    end = start;
  } else {
    end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    if (end < 0) end = lines.length;
  }
  const section = renderSection(commits, lines.slice(start, end));
  return [...lines.slice(0, start), ...section, ...lines.slice(end)].join('\n');
}

/** The new section from the commits and the old section's lines (empty for none). */
function renderSection(commits: readonly Commit[], old: readonly string[]): string[] {
  const parsed = commits.flatMap(commit => parseCommit(commit) ?? []);
  const { kept, leftOut } = readSection(old, parsed);
  const told = new Set([...kept.flatMap(entry => entry.commits), ...leftOut.keys()]);
  const added = parsed.filter(commit => !told.has(commit) && headingOf(commit) !== undefined)
    .map(commit => ({ heading: headingOf(commit)!, lines: bullet(commit), commits: [commit] }));
  const entries = [...kept, ...added];
  const position = new Map(parsed.map((commit, index) => [commit, index]));
  const out = [UNRELEASED, '', NOTE, ''];
  for (const heading of HEADINGS) {
    const under = entries.filter(entry => entry.heading === heading).sort((a, b) =>
      (a.commits[0].scope ?? '').localeCompare(b.commits[0].scope ?? '')
      || position.get(a.commits[0])! - position.get(b.commits[0])!);
    if (under.length > 0) out.push(`### ${heading}`, '', ...under.flatMap(entry => entry.lines), '');
  }
  if (leftOut.size > 0) {
    const reasons = [...leftOut].sort(([a], [b]) => position.get(a)! - position.get(b)!);
    out.push(LEFT_OUT_START, ...reasons.map(([commit, reason]) => `- ${short(commit)} ${reason}`), LEFT_OUT_END, '');
  }
  return out;
}

/** The heading of a commit that users notice, by its type; undefined for the others. */
function headingOf(commit: ParsedCommit): string | undefined {
  return commit.breaking ? 'Breaking changes' : HEADING_OF_TYPE[commit.type];
}

/** The entry of one commit: its scope, subject, note for users and breaking footer, then its short hash. */
function bullet(commit: ParsedCommit): string[] {
  const scope = commit.scope === undefined ? '' : `**${commit.scope}:** `;
  const sentences = [commit.description, commit.userNote, commit.breakingNote].flatMap(text =>
    text === undefined || text === '' ? [] : [sentence(text)]);
  return wrap(`- ${scope}${sentences.join(' ')} (${short(commit)})`);
}

/** The old section's entries and left-out commits, each resolved to the commits in `commits`. */
function readSection(old: readonly string[], commits: readonly ParsedCommit[]) {
  const kept: Entry[] = [];
  const leftOut = new Map<ParsedCommit, string>();
  let heading: string | undefined;
  for (let index = 1; index < old.length; index++) {
    const line = old[index];
    if (line.trim() === '' || line === NOTE) continue;
    if (line.startsWith('### ')) {
      heading = line.slice(4).trim();
      if (!HEADINGS.includes(heading)) fail(`heading "${heading}" is not one of ${HEADINGS.join(', ')}`);
    } else if (line === LEFT_OUT_START) {
      for (index++; index < old.length && old[index] !== LEFT_OUT_END; index++) {
        const match = /^- ([0-9a-f]{7,40}) (\S.*)$/.exec(old[index]);
        if (match === null) fail(`"${old[index]}" in the left-out list is not "- <hash> <reason>"`);
        leftOut.set(resolve(match[1], commits), match[2]);
      }
    } else if (line.startsWith('- ') && heading !== undefined) {
      const lines = [line];
      while (index + 1 < old.length && old[index + 1].startsWith('  ')) lines.push(old[++index]);
      const refs = REFS.exec(lines[lines.length - 1].trimEnd());
      if (refs === null) fail(`the entry "${line}" names no commit: end it with its commits' hashes, as "(abc1234)"`);
      const told = refs[1].split(', ').map(ref => resolve(ref, commits)).sort((a, b) => commits.indexOf(a) - commits.indexOf(b));
      kept.push({ heading, lines, commits: told });
    } else {
      fail(`cannot keep "${line}": the section holds only headings, entries and the left-out list`);
    }
  }
  return { kept, leftOut };
}

/** The one commit of `commits` whose hash starts with `ref`. */
function resolve(ref: string, commits: readonly ParsedCommit[]): ParsedCommit {
  const found = commits.filter(commit => commit.hash.startsWith(ref));
  if (found.length !== 1) {
    fail(found.length === 0 ? `${ref} is not a commit since the last release` : `${ref} names ${found.length} commits`);
  }
  return found[0];
}

function fail(problem: string): never {
  throw new Error(`CHANGELOG.md, ${UNRELEASED}: ${problem}`);
}

function short(commit: Commit): string {
  return commit.hash.slice(0, 7);
}

/** The text with a capital first letter and a closing full stop. */
function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A bullet wrapped at {@link WIDTH} columns, its continuation lines indented under its text. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = `  ${word}`;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}
