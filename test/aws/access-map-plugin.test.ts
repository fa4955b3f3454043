import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { PATH_METADATA_ENABLE_CONTEXT } from 'aws-cdk-lib/cx-api';
import { addRedshiftExample } from '../../examples/aws/redshift';
import { addRedshiftServerlessExample } from '../../examples/aws/redshift-serverless';
import { addSnapshotShareExample } from '../../examples/aws/snapshot-share';
import { AccessMap } from '../../lib/access-map/model';
import { AccessMapPlugin, AccessMapPluginProps } from '../../lib/aws/access-map-plugin';
import { edgeLines } from '../support/access-map';

/** Synthesizes the example app (as examples/aws/app.ts builds it) with the plugin, and reads the map it wrote. */
function exampleMap(props?: AccessMapPluginProps): { map: AccessMap; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-plugin-'));
  // As the CDK CLI synthesizes: with construct paths in the template.
  const app = new App({ outdir, context: { [PATH_METADATA_ENABLE_CONTEXT]: true } });
  Validations.of(app).addPlugins(new AccessMapPlugin(props));
  const stack = new Stack(app, 'PrivateAccessExample');
  addRedshiftExample(stack);
  addSnapshotShareExample(stack);
  addRedshiftServerlessExample(stack);
  app.synth();
  return { map: JSON.parse(fs.readFileSync(path.join(outdir, 'access-map.json'), 'utf-8')), outdir };
}

const TWENTY = Array.from({ length: 20 }, (_, i) => String(100000000000 + i));

describe('AccessMapPlugin', () => {
  test('writes the exact access of the AWS example app into cdk.out/access-map.json at synth', () => {
    // GIVEN / WHEN the example app is synthesized with the plugin
    const { map } = exampleMap();
    // THEN every grant, endpoint, share and key policy entry of the examples is an edge, and nothing else
    expect(edgeLines(map).sort()).toEqual([
      'analytics-reporting endpoint cluster:Cluster <- EndpointEEF1FD8F ClusterIdentifier',
      '111122223333 endpoint cluster:Cluster <- PartnerAccess8C2852D4 Account',
      ...TWENTY.map((a, i) => `${a} decrypt key:ClusterKeyCC335371 <- ClusterKeyCC335371 KeyPolicy.Statement[1].Principal.AWS[${i}]`),
      ...TWENTY.map((a, i) => `${a} restore snapshot:analytics/analytics-nightly <- NightlySnapshotShare811E2827 Accounts[${i}]`),
      ...TWENTY.map((a, i) => `${a} restore snapshot:analytics/analytics-weekly <- WeeklySnapshotShareB4786A92 Accounts[${i}]`),
      ...TWENTY.map((a, i) => `${a} restore snapshot:analytics/analytics-monthly <- MonthlySnapshotShareC0A3C08B Accounts[${i}]`),
      'analytics-clients endpoint workgroup:Workgroup <- ServerlessEndpoint0DCF271D WorkgroupName',
      '111122223333 restore snapshot:NightlySnapshot <- ServerlessSnapshotShare042F9294 Accounts[0]',
      '111122223333 endpoint workgroup:Workgroup <- ServerlessPartnerAccess23A1AD77 Account',
    ].sort());
  });

  test('each edge names the template, its line, the property and the construct path', () => {
    // GIVEN / WHEN
    const { map, outdir } = exampleMap();
    // THEN the template is named from the folder of the map
    const grant = map.edges.find(e => e.source.resource === 'PartnerAccess8C2852D4')!;
    expect(grant.source).toEqual({
      file: 'PrivateAccessExample.template.json',
      line: expect.any(Number),
      resource: 'PartnerAccess8C2852D4',
      property: 'Account',
      path: 'PrivateAccessExample/PartnerAccess/Resource',
    });
    const template = fs.readFileSync(path.join(outdir, grant.source.file!), 'utf-8');
    expect(template.split('\n')[grant.source.line! - 1]).toContain('"Account": "111122223333"');
  });

  test('the map is the same wherever the app synthesizes, so it can be compared and kept', () => {
    // GIVEN the same app synthesized into two folders
    const [first, second] = [exampleMap(), exampleMap()];
    expect(first.outdir).not.toEqual(second.outdir);
    // WHEN the maps are read THEN they are identical, byte for byte
    const text = (outdir: string) => fs.readFileSync(path.join(outdir, 'access-map.json'), 'utf-8');
    expect(text(first.outdir)).toEqual(text(second.outdir));
  });

  test('knownAccounts marks every other account risky, and the list is copied when the plugin is made', () => {
    // GIVEN a list of known accounts that changes after the plugin was made
    const known = ['111122223333'];
    const props = { knownAccounts: known };
    // WHEN
    const plugin = exampleMap(props);
    known.push(...TWENTY);
    // THEN
    const risky = new Set(plugin.map.edges.filter(e => e.risks).map(e => e.from));
    expect([...risky].sort()).toEqual(TWENTY.map(a => `account:${a}`));
  });
});
