/**
 * `private-access-map`: who can reach what, from the inputs `private-access-check` reads and Terraform state, as text,
 * JSON, Markdown, Mermaid or a self-contained HTML page; with `--since`, the access a change adds and removes. Loads
 * no engine.
 *
 * Exit codes: 0 done, 1 access was added and `--fail-on-added` was given, 2 a usage error or an input that cannot be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MapView, diffView, mapView } from './diff';
import { htmlFormat } from './html-format';
import { accessMapOf } from './map-inputs';
import { jsonFormat, markdownFormat, mermaidFormat, textFormat } from './text-formats';
import { Console, PROCESS_CONSOLE, UsageError, choiceOf, parseCommandLine, runCommand } from '../raw-checks/command';
import { InputError } from '../raw-checks/inputs/read-inputs';

const FORMATS = {
  text: textFormat,
  json: jsonFormat,
  markdown: markdownFormat,
  mermaid: mermaidFormat,
  html: (view: MapView) => htmlFormat(view, view.diff ? 'Access added and removed' : 'Access map'),
} as const;
type Format = keyof typeof FORMATS;

const USAGE = `Usage: private-access-map [--format text|json|markdown|mermaid|html] [--output <file>]
                          [--since <old path>] [--fail-on-added] [--known-accounts <file>] <path>...

Maps who can reach what in each path: accounts, principals, VPCs, CIDRs and * (who) to snapshots, clusters,
workgroups, endpoint services, endpoints and keys (what), by restore, endpoint, connect, approved, network or decrypt.
A path is what private-access-check reads (a cdk.out or cdktf.out directory, a CloudFormation template, Terraform
configurations in HCL or JSON, a plan from terraform show -json <planfile>) or Terraform state (terraform show -json).

  --format          text (the default), json, markdown (a table for a pull request), mermaid, or html (one
                    self-contained page: the drawing and the table)
  --output          write to a file instead of standard output
  --since           the same input before the change: report only the access added (+) and removed (-)
  --fail-on-added   with --since, exit 1 when access was added
  --known-accounts  a file of account IDs (one a line, # comments): access by any other account is marked risky
  --help            show this text

Exit codes: 0 done, 1 access added (with --fail-on-added), 2 a usage error or an unreadable input.`;

interface Options {
  readonly format: Format;
  readonly output?: string;
  readonly since: string[];
  readonly failOnAdded: boolean;
  readonly knownAccounts?: string;
  readonly paths: string[];
}

const OPTIONS = {
  'format': { type: 'string', short: 'f' },
  'output': { type: 'string', short: 'o' },
  'since': { type: 'string', multiple: true },
  'fail-on-added': { type: 'boolean' },
  'known-accounts': { type: 'string' },
  'help': { type: 'boolean', short: 'h' },
} as const;

function parseArguments(args: readonly string[]): Options | { readonly print: string } {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return { print: USAGE };
  const format = choiceOf('--format', values.format ?? 'text', Object.keys(FORMATS) as Format[]);
  const since = values.since ?? [];
  const failOnAdded = values['fail-on-added'] ?? false;
  if (positionals.length === 0) throw new UsageError('name at least one path to map');
  if (failOnAdded && since.length === 0) throw new UsageError('--fail-on-added needs --since <old path>');
  return {
    format,
    output: values.output,
    since,
    failOnAdded,
    knownAccounts: values['known-accounts'],
    paths: positionals,
  };
}

/** The account IDs of a known-accounts file: the first word of each line, blank lines and `#` comments left out. */
export function readKnownAccounts(file: string): Set<string> {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf-8');
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as Error).message})`);
  }
  return new Set(source.split('\n').map(line => line.replace(/#.*/, '').trim().split(/\s+/)[0]).filter(id => id !== ''));
}

/** Runs the command with `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: readonly string[], console: Console = PROCESS_CONSOLE): Promise<number> {
  return runCommand({ name: 'private-access-map', usage: USAGE, parse: parseArguments, run: map }, args, console);
}

/** Maps the inputs `options` name; resolves to 1 when access was added and `--fail-on-added` asks, else 0. */
async function map(options: Options, console: Console): Promise<number> {
  const knownAccounts = options.knownAccounts === undefined ? undefined : readKnownAccounts(options.knownAccounts);
  const after = (await accessMapOf(options.paths, { knownAccounts })).map;
  const view = options.since.length === 0 ? mapView(after) : diffView((await accessMapOf(options.since, { knownAccounts })).map, after);
  const report = FORMATS[options.format](view);
  if (options.output !== undefined) {
    fs.mkdirSync(path.dirname(path.resolve(options.output)), { recursive: true });
    fs.writeFileSync(options.output, report);
  } else {
    console.out(report);
  }
  return options.failOnAdded && view.edges.some(e => e.change === 'added') ? 1 : 0;
}
