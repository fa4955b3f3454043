/**
 * Reads what the checker reads (cdk.out and cdktf.out folders, templates, Terraform configurations and plans), and
 * Terraform state, into an access map.
 */
import * as fs from 'fs';
import { AWS_READERS, awsCustomResource } from './aws-access';
import { MapBuilder, RiskOptions } from './builder';
import { inputScope } from './input-scope';
import { KMS_READERS } from './kms-access';
import { AccessMap } from './model';
import { AccessReader, ResourceReading } from './reading';
import { SERVERLESS_READERS } from './serverless-access';
import { isTerraformState, stateResources } from './terraform-state';
import { InputContext } from './values';
import { VPCEP_READERS } from './vpcep-access';
import { InputDataSource, InputResource } from '../raw-checks/inputs/input';
import { InputError, readInputs } from '../raw-checks/inputs/read-inputs';
import { isTerraformExpression } from '../raw-checks/inputs/terraform-json';

/** Every resource type that gives access, and its reader. */
const READERS: Readonly<Record<string, AccessReader>> = { ...AWS_READERS, ...KMS_READERS, ...SERVERLESS_READERS, ...VPCEP_READERS };

/**
 * A custom resource type other than the library's: an `AwsCustomResource` may be given any of them as its
 * `resourceType`, and gives the same access.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-customresource.html
 */
const CUSTOM_RESOURCE_TYPE = /^(Custom::.+|AWS::CloudFormation::CustomResource)$/;

/** The reader of resources of `type`; undefined when the map does not read them. */
function readerOf(type: string): AccessReader | undefined {
  if (Object.prototype.hasOwnProperty.call(READERS, type)) return READERS[type];
  return CUSTOM_RESOURCE_TYPE.test(type) ? awsCustomResource : undefined;
}

/** The resources of one input, and how its expressions are told apart from literals. */
export interface MapInput {
  readonly resources: readonly InputResource[];
  /** A Terraform configuration's data sources, which its resources' values may refer to. */
  readonly dataSources?: readonly InputDataSource[];
  readonly isUnresolved: (value: unknown) => boolean;
}

/** Adds the access the resources of one input give to `map`. */
export function mapInput(map: MapBuilder, input: MapInput): void {
  const context: InputContext = {
    isUnresolved: input.isUnresolved,
    types: new Map(input.resources.map(r => [r.resource, r.type])),
    resources: input.resources,
    dataSources: new Map((input.dataSources ?? []).map(d => [d.address, d])),
    scope: inputScope(input.resources),
  };
  for (const resource of input.resources) {
    readerOf(resource.type)?.(new ResourceReading(resource, context, map, resource.constructPath));
  }
}

/** A file named on the command line that holds Terraform state (`terraform show -json`), read; else undefined. */
function stateInput(file: string): MapInput | undefined {
  if (!file.endsWith('.json') || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  const source = fs.readFileSync(file, 'utf-8');
  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch {
    return undefined;
  }
  return isTerraformState(document) ? { resources: stateResources(document, source, file), isUnresolved: isTerraformExpression } : undefined;
}

/**
 * The access map of every input under `paths`: what the checker reads (templates, cdk.out and cdktf.out, Terraform
 * configurations in HCL or JSON with their modules and variable files, plans), and Terraform state files.
 */
export async function accessMapOf(
  paths: readonly string[], options: RiskOptions = {},
): Promise<{ map: AccessMap; files: number; resources: number }> {
  const builder = new MapBuilder();
  let files = 0;
  let resources = 0;
  const add = (input: MapInput) => {
    mapInput(builder, input);
    resources += input.resources.length;
  };
  const others: string[] = [];
  for (const p of paths) {
    const state = stateInput(p);
    if (state === undefined) {
      others.push(p);
    } else {
      add(state);
      files++;
    }
  }
  if (others.length > 0) {
    try {
      const reading = await readInputs(others);
      reading.inputs.forEach(add);
      files += reading.files.length;
      // The checker skips the state files a walk finds (it judges what is yet to deploy); the map reads them.
      for (const { file } of reading.skipped) {
        const state = stateInput(file);
        if (state !== undefined) {
          add(state);
          files++;
        }
      }
    } catch (error) {
      if (error instanceof InputError && /is not a CloudFormation template/.test(error.message)) {
        throw new InputError(error.message.replace(/is not a CloudFormation template.*$/,
          'is not a CloudFormation template, a Terraform configuration, a Terraform plan or Terraform state (terraform show -json [planfile])'));
      }
      throw error;
    }
  }
  if (files === 0) throw new InputError(`${paths.join(', ')}: no templates, Terraform configurations, plans or state found`);
  return { map: builder.build(options), files, resources };
}

/** The file the synth-time writers leave beside the synthesized output. */
export const ACCESS_MAP_FILE = 'access-map.json';
