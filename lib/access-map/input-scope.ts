/**
 * Which input a resource is in: the map keeps apart the resources of two templates (two stacks of an app) or two
 * Terraform configurations that have the same logical IDs or addresses.
 */
import * as path from 'path';
import { RawResource } from '../raw-checks/check-resource';

/** A Terraform configuration file: the configuration is its directory, with every file and module in it. */
const CONFIGURATION_FILE = /\.tf(\.json)?$/;
/** The template of a stack in a cloud assembly: `<stack>.template.json`. */
const STACK_TEMPLATE = /^(.+)\.template\.json$/;

/**
 * The input `resources` were read from, as the paths name it: a template, plan or state file, or the directory of a
 * Terraform configuration (its root module: a resource of a called module is in the module's directory, and has the
 * module's address). Undefined where the resources say no file (a cdktf stack synthesized in memory).
 */
export function inputScope(resources: readonly RawResource[]): string | undefined {
  const file = (resources.find(r => !r.resource.startsWith('module.')) ?? resources[0])?.file;
  if (file === undefined) return undefined;
  return CONFIGURATION_FILE.test(file) ? path.dirname(file) : file;
}

/** An input as a drawing titles it: a stack of a cloud assembly by its name, anything else by its path. */
export function scopeTitle(scope: string): string {
  return STACK_TEMPLATE.exec(path.basename(scope))?.[1] ?? scope;
}
