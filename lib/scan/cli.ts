/**
 * `private-access-check`: the vendors' rules for infrastructure written without the constructs. Reads cdk.out and
 * cdktf.out directories, CloudFormation templates (JSON or YAML), Terraform JSON configurations and plans
 * (`terraform show -json <planfile>`), and reports each broken rule. Loads no engine: neither aws-cdk-lib nor cdktf
 * nor cdktn need be installed.
 *
 * Exit codes: 0 no findings, 1 findings, 2 a usage error or an input that cannot be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Finding } from './finding';
import { InputError, inputFiles, readInput } from './inputs/read-inputs';
import { REPORT_FORMATS, ReportFormat, formatReport } from './report';
import { findingsOf } from './scan';

const USAGE = `Usage: private-access-check [--format text|json|sarif] [--output <file>] <path>...

Checks the VPC endpoint, PrivateLink and Redshift private-access resources in each path against the vendors' rules.
A path is a cdk.out or cdktf.out directory (every *.template.json, cdk.tf.json and *.tf.json under it), a
CloudFormation template (JSON or YAML), a Terraform JSON configuration, or a Terraform plan in JSON
(terraform show -json <planfile> > plan.json).

  --format   text (the default), json, or sarif (SARIF 2.1.0, for code scanning)
  --output   write the report to a file instead of standard output
  --help     show this text
  --version  show the checker's version

Exit codes: 0 no findings, 1 findings, 2 a usage error or an unreadable input.`;

/** Inputs at least this large get a progress line on standard error. */
const PROGRESS_RESOURCES = 1000;

interface Options {
  readonly format: ReportFormat;
  readonly output?: string;
  readonly paths: string[];
}

class UsageError extends Error {}

function parseArguments(args: readonly string[]): Options | 'help' | 'version' {
  let format: ReportFormat = 'text';
  let output: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const given = inline ?? args[++i];
      if (given === undefined) throw new UsageError(`${name} needs a value`);
      return given;
    };
    if (name === '--help' || name === '-h') return 'help';
    if (name === '--version') return 'version';
    if (name === '--format' || name === '-f') {
      const given = value();
      if (!REPORT_FORMATS.includes(given as ReportFormat)) {
        throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')} (got "${given}")`);
      }
      format = given as ReportFormat;
    } else if (name === '--output' || name === '-o') {
      output = value();
    } else if (name === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (name.startsWith('-') && name !== '-') {
      throw new UsageError(`unknown option ${name}`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('name at least one path to check');
  return { format, output, paths };
}

function version(): string {
  const manifest = path.join(__dirname, '..', '..', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf-8')) as { version: string }).version;
}

/** Streams the command writes to; tests pass their own. */
export interface Console {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_CONSOLE: Console = { out: text => process.stdout.write(text), err: text => process.stderr.write(text) };

/** Runs the checker with `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: readonly string[], console: Console = PROCESS_CONSOLE): Promise<number> {
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.err(`private-access-check: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    console.out(`${USAGE}\n`);
    return 0;
  }
  if (options === 'version') {
    console.out(`${version()}\n`);
    return 0;
  }
  try {
    const files = inputFiles(options.paths);
    if (files.length === 0) throw new InputError(`${options.paths.join(', ')}: no templates, Terraform JSON or plans found`);
    const findings: Finding[] = [];
    let resources = 0;
    for (const file of files) {
      const input = readInput(file);
      for (const resource of input.resources) findings.push(...findingsOf(resource, input.isUnresolved));
      resources += input.resources.length;
      if (resources >= PROGRESS_RESOURCES) console.err(`private-access-check: ${resources} resources checked (${file})\n`);
    }
    const report = formatReport(options.format, findings, { files: files.length, resources }, version());
    if (options.output !== undefined) fs.writeFileSync(options.output, report);
    else console.out(report);
    return findings.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.err(`private-access-check: ${error.message}\n`);
    return 2;
  }
}
