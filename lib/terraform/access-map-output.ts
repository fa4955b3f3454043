import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { stacksUnder } from './stacks-under';
import { MapBuilder } from '../access-map/builder';
import { mapView } from '../access-map/diff';
import { ACCESS_MAP_FILE, mapInput } from '../access-map/map-inputs';
import { jsonFormat } from '../access-map/text-formats';
import { InputResource } from '../raw-checks/inputs/input';
import { isTerraformExpression } from '../raw-checks/inputs/terraform-json';

const ID = 'PrivateAccessConstructsAccessMap';

/**
 * Options of the access map a cdktf or cdktn app writes at synth.
 */
export interface AccessMapOutputProps {
  /**
   * The accounts (Huawei Cloud and Open Telekom Cloud domain IDs, Alibaba Cloud and AWS account IDs) you know: access
   * by any other account is marked risky in the map.
   *
   * @default - no account is marked for being unknown
   */
  readonly knownAccounts?: string[];
}

/**
 * Writes the access map of each stack, `access-map.json`, beside its `cdk.tf.json` (`cdktf.out/stacks/<stack>/`) when
 * the app is synthesized with validations (`app.synth()`, `cdktf synth`; not with `--skip-validation`): who (domains, accounts, CIDRs, `*`, values unknown until apply) can reach what (endpoint services,
 * endpoints, clusters) and how, from every resource of the stack, whichever construct made it. The JSON is the one
 * `private-access-map --format json` prints for the same `cdk.tf.json`.
 *
 * @example
 * AccessMapOutput.addTo(app);
 */
export class AccessMapOutput {
  /**
   * Writes the map of each stack under `scope` (an app or a stack) when the stack is synthesized. Call it once the
   * stacks exist, e.g. just before `app.synth()`.
   */
  public static addTo(scope: IConstruct, props: AccessMapOutputProps = {}): void {
    const stacks = stacksUnder(scope, 'AccessMapOutput.addTo');
    const knownAccounts = props.knownAccounts === undefined ? undefined : new Set(props.knownAccounts);
    for (const stack of stacks) {
      if (stack.node.tryFindChild(ID) !== undefined) continue;
      // A construct of its own, which renders nothing: its validation runs as each stack is synthesized (after
      // aspects), and writes into the folder cdktf writes the stack to.
      new Construct(stack, ID).node.addValidation({
        validate: () => {
          const folder = path.join(App.of(stack).outdir, 'stacks', stack.node.id);
          const map = new MapBuilder();
          mapInput(map, { resources: stackResources(stack.toTerraform()), isUnresolved: isTerraformExpression });
          fs.mkdirSync(folder, { recursive: true });
          fs.writeFileSync(path.join(folder, ACCESS_MAP_FILE), jsonFormat(mapView(map.build({ knownAccounts }))));
          return [];
        },
      });
    }
  }

  private constructor() {}
}

/** The resources of a stack's Terraform JSON, addressed `type.name`, each with the construct path cdktf records. */
function stackResources(document: { resource?: Record<string, Record<string, Record<string, unknown>>> }): InputResource[] {
  return Object.entries(document.resource ?? {}).flatMap(([type, byName]) => Object.entries(byName).map(([name, body]) => {
    const constructPath = (body['//'] as { metadata?: { path?: unknown } } | undefined)?.metadata?.path;
    return { resource: `${type}.${name}`, type, properties: body, ...(typeof constructPath === 'string' ? { constructPath } : {}) };
  }));
}
