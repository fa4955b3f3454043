/**
 * Terraform configurations read into raw resources, module by module, whether written in HCL (through `hcl.ts`) or in
 * JSON (`*.tf.json`, cdktf's `cdk.tf.json`): both arrive in Terraform JSON's structure. What Terraform computes is
 * never a literal here: expressions, `dynamic` blocks, and variables whose value is not given stay unknown; a
 * `jsonencode` of a literal is its JSON text (`terraform-functions.ts`).
 *
 * @see https://developer.hashicorp.com/terraform/language/syntax/json
 * @see https://github.com/hashicorp/hcl/blob/main/json/spec.md
 */
import * as path from 'path';
import { InputDataSource, InputResource, ModuleNotRead } from './input';
import { Lines, PathSegment, propertyLine } from './lines';
import { foldTerraformFunctions } from './terraform-functions';
import { UNKNOWN } from './terraform-json';

/** One file of a module, in Terraform JSON's structure, and where its values are written. */
export interface ConfigurationFile {
  readonly file: string;
  readonly document: Record<string, unknown>;
  readonly lines: Lines;
}

/** How a module is read: where it sits in the configuration, and what its variables are given. */
export interface ModuleContext {
  /** The address prefix of its resources: `""` for a root module, `module.network.` for the module it calls so. */
  readonly address: string;
  /**
   * The values its variables are given, each overriding the variable's `default`: a root module's from its variable
   * files, a called module's from the arguments of its `module` block.
   */
  readonly inputs: ReadonlyMap<string, unknown>;
  /** Reads the `.tf` and `.tf.json` files of a local module's directory. */
  readonly load: (directory: string) => Promise<ConfigurationFile[]>;
  /** The directories of the modules that led here, to stop a module that calls itself. */
  readonly calling: readonly string[];
}

/** What a module holds: its resources and its modules' (addressed `module.<name>.`), the modules it could not read. */
export interface ModuleContents {
  readonly resources: InputResource[];
  /** Its data sources and its modules', addressed the same way. */
  readonly dataSources: InputDataSource[];
  readonly notRead: ModuleNotRead[];
  /** The files read for the modules it calls. */
  readonly files: string[];
}

type Body = Record<string, unknown>;

/** A block as Terraform JSON writes it: its labels, its body, and the body's path in its file. */
interface Block {
  readonly labels: readonly string[];
  readonly body: Body;
  readonly path: readonly PathSegment[];
}

function isBody(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The blocks of one type that have `labels` labels: each label level is an object keyed by the label, and each level
 * and each body may also be a list of such objects (HCL's JSON syntax; `@cdktn/hcl2json` writes every body so).
 */
function blocksOf(value: unknown, labels: number, at: readonly PathSegment[], given: readonly string[] = []): Block[] {
  if (Array.isArray(value)) return value.flatMap((entry, i) => blocksOf(entry, labels, [...at, i], given));
  if (!isBody(value)) return [];
  if (labels === 0) return [{ labels: given, body: value, path: at }];
  return Object.entries(value).flatMap(([label, inner]) => blocksOf(inner, labels - 1, [...at, label], [...given, label]));
}

/** The blocks of `type` in every file of a module, with the file each is in. */
function moduleBlocks(files: readonly ConfigurationFile[], type: string, labels: number): Array<Block & { file: ConfigurationFile }> {
  return files.flatMap(file => blocksOf(file.document[type], labels, [type]).map(block => ({ ...block, file })));
}

/** A value that is exactly one variable (`var.name`, `"${var.name}"` in JSON): the only expression given a value. */
const VARIABLE = /^\$\{\s*var\.([A-Za-z_][\w-]*)\s*\}$/;

/** The names of the blocks a `dynamic` argument generates, if `value` is one (each has a `for_each`). */
function dynamicBlockNames(value: unknown): string[] | undefined {
  const blocks = blocksOf(value, 1, []);
  return blocks.length > 0 && blocks.every(b => 'for_each' in b.body || 'content' in b.body) ? blocks.map(b => b.labels[0]) : undefined;
}

/**
 * `value` as the checks see it: each argument that is exactly a variable with a known value is that value, and each
 * nested block type a `dynamic` block generates is unknown (its number and contents come from `for_each`).
 */
function evaluate(value: unknown, variables: ReadonlyMap<string, unknown>): unknown {
  if (typeof value === 'string') {
    const variable = VARIABLE.exec(value);
    return variable && variables.has(variable[1]) ? variables.get(variable[1]) : value;
  }
  if (Array.isArray(value)) return value.map(entry => evaluate(entry, variables));
  if (!isBody(value)) return value;
  const generated = dynamicBlockNames(value.dynamic);
  const result: Body = {};
  for (const [key, inner] of Object.entries(value)) {
    if (generated && key === 'dynamic') continue;
    result[key] = generated?.includes(key) ? UNKNOWN : evaluate(inner, variables);
  }
  for (const name of generated ?? []) result[name] = UNKNOWN;
  return result;
}

/** A module's variables with a known value: their `default`, overridden by what `inputs` give the declared ones. */
function variableValues(files: readonly ConfigurationFile[], inputs: ReadonlyMap<string, unknown>): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const { labels: [name], body } of moduleBlocks(files, 'variable', 1)) {
    if (inputs.has(name)) values.set(name, inputs.get(name));
    else if ('default' in body) values.set(name, body.default);
  }
  return values;
}

/** Arguments of a `module` block that are Terraform's, not the module's variables. */
const MODULE_META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on', '//']);

/** The construct path cdktf writes in a resource's `//` metadata. */
function constructPathOf(body: Body): string | undefined {
  const metadata = (body['//'] as { metadata?: { path?: unknown } } | undefined)?.metadata;
  return typeof metadata?.path === 'string' ? metadata.path : undefined;
}

/**
 * The managed resources of a module (its `.tf` and `.tf.json` files, merged as Terraform merges them) and of the local
 * modules it calls. A resource with `count` or `for_each` is read once, at its address without an index; its
 * `count.index` and `each` references are unknown values.
 *
 * @see https://developer.hashicorp.com/terraform/language/modules/sources#local-paths
 */
export async function moduleContents(directory: string, files: readonly ConfigurationFile[], context: ModuleContext): Promise<ModuleContents> {
  const variables = variableValues(files, context.inputs);
  const resources: InputResource[] = await Promise.all(moduleBlocks(files, 'resource', 2).map(async ({ labels: [type, name], body, path: at, file }) => {
    const constructPath = constructPathOf(body);
    return {
      resource: `${context.address}${type}.${name}`,
      type,
      properties: await foldTerraformFunctions(evaluate(body, variables)),
      file: file.file,
      ...(constructPath !== undefined ? { constructPath } : {}),
      lineOf: (property: string) => propertyLine(file.lines, at, property),
    };
  }));
  const dataSources: InputDataSource[] = moduleBlocks(files, 'data', 2).map(({ labels: [type, name], body }) => ({
    address: `${context.address}data.${type}.${name}`,
    type,
    arguments: evaluate(body, variables) as Body,
  }));
  const notRead: ModuleNotRead[] = [];
  const read: string[] = [];
  for (const { labels: [name], body, file } of moduleBlocks(files, 'module', 1)) {
    const address = `${context.address}module.${name}`;
    const source = body.source;
    const refuse = (reason: string) => notRead.push({ module: address, file: file.file, reason });
    if (typeof source !== 'string' || !/^\.\.?[/\\]/.test(source)) {
      refuse(typeof source === 'string'
        ? `its source "${source}" is a registry or remote module, which only terraform init fetches`
        : 'it has no source');
      continue;
    }
    const target = path.resolve(directory, source);
    if (target === directory || context.calling.includes(target)) {
      refuse(`it calls ${source}, a module that leads to it`);
      continue;
    }
    const moduleFiles = await context.load(target);
    if (moduleFiles.length === 0) {
      refuse(`its source ${source} holds no .tf or .tf.json files`);
      continue;
    }
    const inputs = new Map(Object.entries(body)
      .filter(([argument]) => !MODULE_META_ARGUMENTS.has(argument))
      .map(([argument, value]) => [argument, evaluate(value, variables)]));
    const child = await moduleContents(target, moduleFiles, {
      ...context, address: `${address}.`, inputs, calling: [...context.calling, directory],
    });
    resources.push(...child.resources);
    dataSources.push(...child.dataSources);
    notRead.push(...child.notRead);
    read.push(...moduleFiles.map(f => f.file), ...child.files);
  }
  return { resources, dataSources, notRead, files: read };
}

/** The directories of the local modules a module's files call, resolved from `directory`. */
export function localModuleDirectories(directory: string, files: readonly ConfigurationFile[]): string[] {
  return moduleBlocks(files, 'module', 1)
    .map(({ body }) => body.source)
    .filter((source): source is string => typeof source === 'string' && /^\.\.?[/\\]/.test(source))
    .map(source => path.resolve(directory, source));
}
