/**
 * Finds the inputs under the paths a user names and reads each into raw resources: cdk.out and cdktf.out directories,
 * templates in JSON or YAML, Terraform JSON configurations and plans.
 */
import * as fs from 'fs';
import * as path from 'path';
import { stackEnvOf } from './cloud-assembly';
import { isIntrinsic, isTemplate, templateResources } from './cloudformation';
import { parseTemplate } from './template-text';
import { configurationResources, isTerraformConfiguration, isTerraformExpression, isTerraformPlan, planResources } from './terraform-json';
import { UnresolvedPredicate } from '../../core/validator';
import { RawResource } from '../scan';

/** An input that cannot be read as any of the known kinds: the checker stops with exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The resources of one file, and how its expressions are told apart from literals. */
export interface InputFile {
  readonly resources: RawResource[];
  readonly isUnresolved: UnresolvedPredicate;
}

/** The files a directory walk reads: what `cdk synth` and `cdktf synth` write, and hand-written Terraform JSON. */
const WALKED = /(\.template\.json|(^|\.)tf\.json)$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.terraform', '.git']);

/** The files to read for each path given, in a stable order. */
export function inputFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full);
      else if (entry.isFile() && WALKED.test(entry.name)) files.push(full);
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
    else files.push(p);
  }
  return files;
}

/** Reads one file as a template, a Terraform JSON configuration or a plan, whichever its content is. */
export function readInput(file: string): InputFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf-8');
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as Error).message})`);
  }
  let document: unknown;
  try {
    document = /\.ya?ml$/i.test(file) ? parseTemplate(text) : file.endsWith('.json') ? JSON.parse(text) : parseTemplate(text);
  } catch (error) {
    throw new InputError(`${file}: is neither JSON nor YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (isTerraformPlan(document)) {
    return { resources: planResources(document, text, file), isUnresolved: isTerraformExpression };
  }
  if (isTerraformConfiguration(document)) {
    return { resources: configurationResources(document, text, file), isUnresolved: isTerraformExpression };
  }
  if (isTemplate(document)) {
    const env = stackEnvOf(file);
    return { resources: templateResources(document, { text, file }).map(r => ({ ...r, env })), isUnresolved: isIntrinsic };
  }
  throw new InputError(`${file}: is not a CloudFormation template, a Terraform JSON configuration or a Terraform plan `
    + '(terraform show -json <planfile>)');
}
