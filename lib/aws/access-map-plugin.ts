import * as fs from 'fs';
import * as path from 'path';
import { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport } from 'aws-cdk-lib';
import { MapBuilder } from '../access-map/builder';
import { mapView } from '../access-map/diff';
import { ACCESS_MAP_FILE, mapInput } from '../access-map/map-inputs';
import { jsonFormat } from '../access-map/text-formats';
import { isIntrinsic, templateResources } from '../raw-checks/inputs/cloudformation';
import { JsonLines } from '../raw-checks/inputs/lines';

/**
 * Options of the access map a CDK app writes at synth.
 */
export interface AccessMapPluginProps {
  /**
   * The accounts you know: access by any other account is marked risky in the map.
   *
   * @default - no account is marked for being unknown
   */
  readonly knownAccounts?: string[];
}

/**
 * A policy-validation plugin that writes the access map of a CDK app, `access-map.json`, into its cloud assembly
 * (`cdk.out/`) at each synth: who (accounts, principals, `*`, values unknown until deploy) can reach what (snapshots,
 * clusters, workgroups, keys) and how, from every template of the app, whichever construct made the resources. It
 * reports no violation. The JSON is the one `private-access-map --format json` prints for the same cdk.out.
 *
 * @example
 * Validations.of(app).addPlugins(new AccessMapPlugin());
 */
export class AccessMapPlugin implements IPolicyValidationPlugin {
  /** The name the validation report shows. */
  public readonly name = 'private-access-constructs-access-map';

  private readonly knownAccounts?: Set<string>;

  constructor(props: AccessMapPluginProps = {}) {
    // Copied: later changes to the caller's list do not reach the map.
    this.knownAccounts = props.knownAccounts === undefined ? undefined : new Set(props.knownAccounts);
  }

  /** Maps every template of the app, and writes one map per cloud assembly folder. */
  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const byFolder = new Map<string, MapBuilder>();
    for (const { templatePath, accountId, region } of context.stackTemplates) {
      const folder = path.dirname(templatePath);
      const map = byFolder.get(folder) ?? new MapBuilder();
      byFolder.set(folder, map);
      const source = fs.readFileSync(templatePath, 'utf-8');
      const template = JSON.parse(source) as { Resources?: unknown };
      if (template.Resources === undefined) continue;
      // Named from the folder the map is written to, so that the map is the same wherever the app synthesizes.
      const resources = templateResources(template, { lines: new JsonLines(source), file: path.basename(templatePath) })
        .map(r => ({ ...r, env: { account: accountId, region } }));
      mapInput(map, { resources, isUnresolved: isIntrinsic });
    }
    for (const [folder, map] of byFolder) {
      fs.writeFileSync(path.join(folder, ACCESS_MAP_FILE), jsonFormat(mapView(map.build({ knownAccounts: this.knownAccounts }))));
    }
    return { success: true, violations: [] };
  }
}
