/**
 * Reads what the checker reads (cdk.out and cdktf.out folders, templates, Terraform configurations and plans), and
 * Terraform state, into an access map.
 */
import * as fs from 'fs';
import { AWS_READERS } from './aws-access';
import { MapBuilder, RiskOptions } from './builder';
import { AccessMap } from './model';
import { AccessReader, ResourceReading } from './reading';
import { isTerraformState, stateResources } from './terraform-state';
import { InputContext } from './values';
import { VPCEP_READERS } from './vpcep-access';
import { InputError, inputFiles, readInput } from '../scan/inputs/read-inputs';
import { isTerraformExpression } from '../scan/inputs/terraform-json';
import { RawResource } from '../scan/scan';

/** Every resource type that gives access, and its reader. */
const READERS: Readonly<Record<string, AccessReader>> = { ...AWS_READERS, ...VPCEP_READERS };

/** Whether the map reads resources of `type`. */
export function isMappedType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(READERS, type);
}

/** The resources of one input, how its expressions are told apart, and the construct path of each resource. */
export interface MapInput {
  readonly resources: readonly RawResource[];
  readonly isUnresolved: (value: unknown) => boolean;
  /** Construct paths by logical ID or address, where the input records them. */
  readonly paths?: ReadonlyMap<string, string>;
}

/** Adds the access the resources of one input give to `map`. */
export function mapInput(map: MapBuilder, input: MapInput): void {
  const context: InputContext = { isUnresolved: input.isUnresolved, types: new Map(input.resources.map(r => [r.resource, r.type])) };
  for (const resource of input.resources) {
    if (!isMappedType(resource.type)) continue;
    const path = input.paths?.get(resource.resource) ?? terraformPath(resource);
    READERS[resource.type](new ResourceReading(resource, context, map, path));
  }
}

/** The construct path cdktf records in a resource's `//` metadata. */
function terraformPath(resource: RawResource): string | undefined {
  const path = (resource.properties as { '//'?: { metadata?: { path?: unknown } } } | null)?.['//']?.metadata?.path;
  return typeof path === 'string' ? path : undefined;
}

/** The construct paths (`aws:cdk:path`) of a template's resources. */
export function templatePaths(template: unknown): Map<string, string> {
  const resources = (template as { Resources?: Record<string, { Metadata?: Record<string, unknown> } | null> } | null)?.Resources ?? {};
  const paths = new Map<string, string>();
  for (const [id, resource] of Object.entries(resources)) {
    const path = resource?.Metadata?.['aws:cdk:path'];
    if (typeof path === 'string') paths.set(id, path);
  }
  return paths;
}

/** Reads one file as the checker does, or as Terraform state. */
export function readMapInput(file: string): MapInput {
  try {
    const input = readInput(file);
    // Synthesized templates record construct paths, which the checker's reader leaves out.
    const paths = file.endsWith('.json') && input.resources.some(r => r.type.includes('::'))
      ? templatePaths(JSON.parse(fs.readFileSync(file, 'utf-8'))) : undefined;
    return { ...input, paths };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    let text: string;
    let document: unknown;
    try {
      text = fs.readFileSync(file, 'utf-8');
      document = JSON.parse(text);
    } catch {
      throw error;
    }
    if (!isTerraformState(document)) {
      throw new InputError(`${file}: is not a CloudFormation template, a Terraform configuration, a Terraform plan or `
        + 'Terraform state (terraform show -json [planfile])');
    }
    return { resources: stateResources(document, text, file), isUnresolved: isTerraformExpression };
  }
}

/** The access map of every input under `paths`. */
export function accessMapOf(paths: readonly string[], options: RiskOptions = {}): { map: AccessMap; files: number; resources: number } {
  const files = inputFiles(paths);
  if (files.length === 0) throw new InputError(`${paths.join(', ')}: no templates, Terraform JSON or plans found`);
  const builder = new MapBuilder();
  let resources = 0;
  for (const file of files) {
    const input = readMapInput(file);
    mapInput(builder, input);
    resources += input.resources.length;
  }
  return { map: builder.build(options), files: files.length, resources };
}

/** The file the synth-time writers leave beside the synthesized output. */
export const ACCESS_MAP_FILE = 'access-map.json';
