/**
 * Finds the inputs under the paths a user names and reads each into raw resources: cdk.out and cdktf.out directories,
 * CloudFormation templates in JSON or YAML, Terraform configurations in HCL or JSON (a directory's files together, as
 * one module, with the local modules it calls and its variable files), and plans. Says what it found but did not read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { stackEnvOf } from './cloud-assembly';
import { isIntrinsic, isTemplate, templateResources } from './cloudformation';
import { HclLines, parseHcl } from './hcl';
import { InputDataSource, InputResource, ModuleNotRead, Skipped } from './input';
import { JsonLines } from './lines';
import { parseTemplate } from './template-text';
import { ConfigurationFile, localModuleDirectories, moduleContents } from './terraform-configuration';
import { isTerraformConfiguration, isTerraformExpression, isTerraformPlan, isTerraformState, planResources } from './terraform-json';
import { UnresolvedPredicate } from '../../core/validator';

/** An input that cannot be read as any of the known kinds: the checker stops with exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Resources read together, and how their expressions are told apart from literals. */
export interface Input {
  readonly resources: InputResource[];
  /** A Terraform configuration's data sources. */
  readonly dataSources?: InputDataSource[];
  readonly isUnresolved: UnresolvedPredicate;
}

/** Everything read from the paths a user names, and what was found but not read. */
export interface Reading {
  readonly inputs: Input[];
  /** Every file read, once: templates, plans, configurations and their modules, variable files. */
  readonly files: string[];
  readonly skipped: Skipped[];
  readonly modulesNotRead: ModuleNotRead[];
}

const TERRAFORM = /\.tf(\.json)?$/;
const VARIABLES = /\.tfvars(\.json)?$/;
/** The variable files Terraform loads by itself, from the root module's directory: the others need `-var-file`. */
const AUTO_VARIABLES = /^(terraform\.tfvars(\.json)?|.*\.auto\.tfvars(\.json)?)$/;
/** Files Terraform merges into other files' blocks rather than reading as blocks of their own. */
const OVERRIDE = /(^|_)override\.tf(\.json)?$/;
/** What a directory walk reads besides Terraform's files: JSON and YAML that may be a template, a configuration or a plan. */
const WALKED = /\.(json|ya?ml)$/i;
/**
 * JSON that tools write beside templates and configurations, and that is never an input: not even opened (a cdk.out's
 * `tree.json` can be larger than its templates together).
 */
const NEVER_INPUTS = /^(package(-lock)?\.json|tsconfig.*\.json|cdk(\.context)?\.json|cdktf\.json|manifest\.json|tree\.json|.*\.assets\.json)$/i;
/**
 * A key that every template, Terraform JSON configuration and `terraform show -json` output has at its top level:
 * JSON without any is not parsed to find out.
 */
const INPUT_KEY = /"(AWSTemplateFormatVersion|Resources|resource|module|data|provider|terraform|format_version)"\s*:/;
/**
 * The largest template CloudFormation takes (from S3; 51,200 bytes inline): a larger JSON file of another name than
 * `*.template.json` is no template, and is not read whole to find out.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 */
const MAX_TEMPLATE_BYTES = 1024 * 1024;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.terraform', '.git']);

interface Found {
  readonly file: string;
  /** Named by the user rather than found by a walk: a file that is no input is then an error, not a skip. */
  readonly named: boolean;
}

/** The files to read for each path given, in a stable order. */
function findFiles(paths: readonly string[]): Found[] {
  const found: Found[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const read = entry.isFile() && [TERRAFORM, VARIABLES, WALKED].some(kind => kind.test(entry.name)) && !NEVER_INPUTS.test(entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full);
      else if (read) found.push({ file: full, named: false });
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new InputError(`${p}: no such file or directory`);
    }
    if (stat.isDirectory()) walk(p);
    else found.push({ file: p, named: true });
  }
  return found;
}

/**
 * Whether a `.json` file a walk finds under a name of no input may be one, without reading it whole where it cannot:
 * `terraform show -json` output (a plan or state, of any size) starts with its `format_version`; other JSON is read
 * only up to the size of the largest template.
 */
function mayBeInput(file: string): boolean {
  const head = Buffer.alloc(256);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return /^\s*\{\s*"format_version"\s*:/.test(head.subarray(0, read).toString('utf-8')) || fs.fstatSync(fd).size <= MAX_TEMPLATE_BYTES;
  } finally {
    fs.closeSync(fd);
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf-8');
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as Error).message})`);
  }
}

/** A file path as reports show it: relative to the working directory when under it. */
function shown(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/** One Terraform configuration file, HCL or JSON, in Terraform JSON's structure. */
async function readConfigurationFile(file: string): Promise<ConfigurationFile> {
  const source = readText(file);
  try {
    if (file.endsWith('.json')) return { file, document: JSON.parse(source), lines: new JsonLines(source) };
    return { file, document: await parseHcl(file, source), lines: new HclLines(source) };
  } catch (error) {
    throw new InputError(`${file}: is not valid ${file.endsWith('.json') ? 'JSON' : 'HCL'} (${(error as Error).message.split('\n')[0]})`);
  }
}

/** A variable file's values (HCL, or JSON for `.tfvars.json`). */
async function readVariableFile(file: string): Promise<Map<string, unknown>> {
  const { document } = await readConfigurationFile(file);
  return new Map(Object.entries(document));
}

/** Reads the paths: everything that is an input, each directory of Terraform files as one module. */
export async function readInputs(paths: readonly string[], variableFiles: readonly string[] = []): Promise<Reading> {
  const inputs: Input[] = [];
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const modulesNotRead: ModuleNotRead[] = [];
  const found = findFiles(paths);

  // Terraform's files, by module directory; a module's files are read once, however many modules call it.
  const modules = new Map<string, { shownDirectory: string; files: string[] }>();
  const walkedVariableFiles: string[] = [];
  for (const { file, named } of found) {
    const name = path.basename(file);
    if (OVERRIDE.test(name)) {
      skipped.push({ file, reason: 'an override file, which Terraform merges into the blocks of other files: not read' });
    } else if (TERRAFORM.test(name)) {
      const directory = path.resolve(path.dirname(file));
      const module = modules.get(directory) ?? { shownDirectory: path.dirname(file), files: [] };
      module.files.push(file);
      modules.set(directory, module);
    } else if (VARIABLES.test(name)) {
      if (named) throw new InputError(`${file}: is a variable file: name it with --var-file`);
      walkedVariableFiles.push(file);
    }
  }
  const loaded = new Map<string, Promise<ConfigurationFile[]>>();
  const load = (directory: string, listed?: string[]) => {
    let configurations = loaded.get(directory);
    if (!configurations) {
      const names = listed ?? (fs.existsSync(directory) && fs.statSync(directory).isDirectory()
        ? fs.readdirSync(directory).sort().filter(n => TERRAFORM.test(n) && !OVERRIDE.test(n)).map(n => path.join(shown(directory), n))
        : []);
      configurations = Promise.all(names.map(readConfigurationFile));
      loaded.set(directory, configurations);
    }
    return configurations;
  };
  const called = new Set<string>();
  for (const [directory, module] of modules) {
    for (const target of localModuleDirectories(directory, await load(directory, module.files))) {
      if (target !== directory) called.add(target);
    }
  }
  const roots = [...modules.keys()].filter(directory => !called.has(directory));

  const readTerraformRoot = async (directory: string) => {
    const rootFiles = await load(directory);
    const automatic = fs.readdirSync(directory).filter(n => AUTO_VARIABLES.test(n)).sort(byTerraformPrecedence)
      .map(n => path.join(modules.get(directory)!.shownDirectory, n));
    const values = new Map<string, unknown>();
    for (const file of [...automatic, ...variableFiles]) {
      for (const [name, value] of await readVariableFile(file)) values.set(name, value);
    }
    const contents = await moduleContents(directory, rootFiles, { address: '', inputs: values, load: d => load(d), calling: [] });
    files.push(...rootFiles.map(f => f.file), ...automatic, ...variableFiles, ...contents.files);
    modulesNotRead.push(...contents.notRead);
    inputs.push({ resources: contents.resources, dataSources: contents.dataSources, isUnresolved: isTerraformExpression });
  };

  const rootsRead = new Set<string>();
  for (const { file, named } of found) {
    const name = path.basename(file);
    if (OVERRIDE.test(name) || VARIABLES.test(name)) continue;
    if (TERRAFORM.test(name)) {
      const directory = path.resolve(path.dirname(file));
      if (roots.includes(directory) && !rootsRead.has(directory)) {
        rootsRead.add(directory);
        await readTerraformRoot(directory);
      }
      continue;
    }
    const input = readDocument(file, named, skipped);
    if (input && 'document' in input) {
      // a configuration under another name than Terraform reads: a module of its own
      const contents = await moduleContents(path.resolve(path.dirname(file)), [input], { address: '', inputs: new Map(), load: d => load(d), calling: [] });
      files.push(file, ...contents.files);
      modulesNotRead.push(...contents.notRead);
      inputs.push({ resources: contents.resources, dataSources: contents.dataSources, isUnresolved: isTerraformExpression });
    } else if (input) {
      inputs.push(input);
      files.push(file);
    }
  }
  for (const file of walkedVariableFiles) {
    const directory = path.resolve(path.dirname(file));
    if (!AUTO_VARIABLES.test(path.basename(file))) {
      skipped.push({ file, reason: 'Terraform reads this variable file only when named with -var-file: name it with --var-file' });
    } else if (!rootsRead.has(directory)) {
      skipped.push({ file, reason: 'not beside a root module\'s .tf files: Terraform reads no variable file of a called module' });
    }
  }
  return { inputs, files: [...new Set(files)], skipped, modulesNotRead };
}

/** terraform.tfvars, then terraform.tfvars.json, then the `*.auto.tfvars(.json)` files in lexical order. */
function byTerraformPrecedence(a: string, b: string): number {
  const rank = (n: string) => (n === 'terraform.tfvars' ? 0 : n === 'terraform.tfvars.json' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A template or plan, whichever the content is, or the configuration file for a Terraform JSON configuration under
 * another name than `*.tf.json`. A file the user named that is none of them is an error. One a walk found is skipped,
 * and said so, when its name or content says it is meant as one (a `*.template.json`, YAML, JSON with `Resources` or
 * `AWSTemplateFormatVersion`, Terraform state); other JSON is no input.
 */
function readDocument(file: string, named: boolean, skipped: Skipped[]): Input | ConfigurationFile | undefined {
  const isOtherJson = !named && /\.json$/i.test(file) && !/\.template\.json$/i.test(file);
  if (isOtherJson && !mayBeInput(file)) return undefined;
  const source = readText(file);
  const refuse = (reason: string) => {
    if (named) throw new InputError(`${file}: ${reason}`);
    skipped.push({ file, reason });
    return undefined;
  };
  if (isOtherJson && !INPUT_KEY.test(source)) return undefined;
  let parsed: ReturnType<typeof parseTemplate>;
  try {
    parsed = file.endsWith('.json') ? { document: JSON.parse(source), lines: new JsonLines(source) } : parseTemplate(source);
  } catch (error) {
    return refuse(`is neither JSON nor YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const { document, lines } = parsed;
  if (isTerraformPlan(document)) return { resources: planResources(document, lines, file), isUnresolved: isTerraformExpression };
  if (isTemplate(document)) {
    const env = stackEnvOf(file);
    return { resources: templateResources(document, { lines, file }).map(r => ({ ...r, env })), isUnresolved: isIntrinsic };
  }
  if (isTerraformConfiguration(document)) return { file, document: document as Record<string, unknown>, lines };
  if (isTerraformState(document)) {
    return refuse('is Terraform state, which the checks do not judge (it is deployed already): check the configuration or '
      + 'a plan; private-access-map reads state');
  }
  // JSON with a template's top-level keys is meant as one: said so when it is not.
  const meantAsTemplate = typeof document === 'object' && document !== null && ('Resources' in document || 'AWSTemplateFormatVersion' in document);
  if (isOtherJson && !meantAsTemplate) return undefined;
  return refuse(named
    ? 'is not a CloudFormation template, a Terraform configuration or a Terraform plan (terraform show -json <planfile>)'
    : 'is not a CloudFormation template (no Resources with a Type)');
}
