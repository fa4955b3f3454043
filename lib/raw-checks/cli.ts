/**
 * `private-access-check`: the vendors' rules for infrastructure written without the constructs. Reads cdk.out and
 * cdktf.out directories, CloudFormation templates (JSON or YAML), Terraform configurations (HCL or JSON) and plans
 * (`terraform show -json <planfile>`), and reports each broken rule. Loads no engine: neither aws-cdk-lib nor cdktf
 * nor cdktn need be installed.
 *
 * Exit codes: 0 no findings, 1 findings, 2 a usage error or an input that cannot be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { findingsOf, isCheckedType } from './check-resource';
import { Console, PROCESS_CONSOLE, UsageError, choiceOf, parseCommandLine, runCommand } from './command';
import { Finding } from './finding';
import { InputError, readInputs } from './inputs/read-inputs';
import { REPORT_FORMATS, ReportFormat, formatReport } from './report';

const USAGE = `Usage: private-access-check [--format text|json|sarif] [--output <file>] [--var-file <file>]... <path>...

Checks the VPC endpoint, PrivateLink and Redshift private-access resources in each path against the vendors' rules.
A path is a file or a directory. A directory is searched (not node_modules, .terraform or .git) for:
  *.tf, *.tf.json        Terraform configurations, HCL or JSON: the files of one directory are one module, read with
                         the local modules it calls (module.<name>.<type>.<name>); registry modules are listed, not read
  terraform.tfvars, *.auto.tfvars (.json too)
                         the values of a root module's variables, as Terraform loads them
  *.template.json, *.yaml, *.yml
                         CloudFormation templates; other YAML (a CI workflow) is listed as skipped
A file may also be a template in JSON or YAML, or a Terraform plan in JSON (terraform show -json <planfile>).
Expressions, references, count/for_each instances and dynamic blocks are unknown values, never checked as literals;
an argument that is exactly var.<name> takes the variable's value.

  --format     text (the default), json, or sarif (SARIF 2.1.0, for code scanning)
  --output     write the report to a file instead of standard output
  --var-file   a variable file for every root module, after the ones Terraform loads itself (as terraform -var-file)
  --help       show this text
  --version    show the checker's version

Exit codes: 0 no findings, 1 findings, 2 a usage error or an unreadable input.`;

/** Inputs at least this large get a progress line on standard error. */
const PROGRESS_RESOURCES = 1000;

interface Options {
  readonly format: ReportFormat;
  readonly output?: string;
  readonly variableFiles: string[];
  readonly paths: string[];
}

const OPTIONS = {
  'format': { type: 'string', short: 'f' },
  'output': { type: 'string', short: 'o' },
  'var-file': { type: 'string', multiple: true },
  'help': { type: 'boolean', short: 'h' },
  'version': { type: 'boolean' },
} as const;

function parseArguments(args: readonly string[]): Options | { readonly print: string } {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return { print: USAGE };
  if (values.version) return { print: manifest().version };
  const format = choiceOf('--format', values.format ?? 'text', REPORT_FORMATS);
  if (positionals.length === 0) throw new UsageError('name at least one path to check');
  return {
    format,
    output: values.output,
    variableFiles: values['var-file'] ?? [],
    paths: positionals,
  };
}

/** The package's manifest: the checker's version, and where to read about it. */
function manifest(): { version: string; homepage?: string; repository?: { url?: string } } {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf-8'));
}

/** The page that tells about the checker: the package's homepage, else its repository. */
function informationUri(): string | undefined {
  const { homepage, repository } = manifest();
  return homepage ?? repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** Runs the checker with `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: readonly string[], console: Console = PROCESS_CONSOLE): Promise<number> {
  return runCommand({ name: 'private-access-check', usage: USAGE, parse: parseArguments, run: check }, args, console);
}

/** Checks the inputs `options` name; resolves to 1 on findings, else 0. */
async function check(options: Options, console: Console): Promise<number> {
  const reading = await readInputs(options.paths, options.variableFiles);
  if (reading.files.length === 0) {
    const skipped = reading.skipped.length === 0 ? '' : ` (${reading.skipped.map(s => `${s.file}: ${s.reason}`).join('; ')})`;
    throw new InputError(`${options.paths.join(', ')}: no templates, Terraform configurations or plans found${skipped}`);
  }
  const findings: Finding[] = [];
  let resources = 0;
  let otherResources = 0;
  for (const input of reading.inputs) {
    for (const resource of input.resources) {
      if (!isCheckedType(resource.type)) {
        otherResources++;
        continue;
      }
      resources++;
      for (const finding of findingsOf(resource, input.isUnresolved)) {
        const line = resource.lineOf?.(finding.property);
        findings.push({
          ...finding,
          ...(line !== undefined ? { line } : {}),
          ...(resource.constructPath !== undefined ? { constructPath: resource.constructPath } : {}),
        });
      }
    }
    if (resources >= PROGRESS_RESOURCES) console.err(`private-access-check: ${resources} resources checked\n`);
  }
  const checked = { files: reading.files.length, resources, otherResources, skipped: reading.skipped, modulesNotRead: reading.modulesNotRead };
  const report = formatReport(options.format, findings, checked, { version: manifest().version, informationUri: informationUri() });
  if (options.output !== undefined) fs.writeFileSync(options.output, report);
  else console.out(report);
  return findings.length > 0 ? 1 : 0;
}
