import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/access-map/cli';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { run } from '../support/access-map';

/** Writes `files` (name to JSON) into a new folder; returns it. */
function folder(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-scopes-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  }
  return dir;
}

/** A stack's template: a managed endpoint `Endpoint` to `cluster`, and a key `Key` whose policy lets `account` decrypt. */
function stack(cluster: string, account: string): unknown {
  return {
    Resources: {
      Endpoint: { Type: 'AWS::Redshift::EndpointAccess', Properties: { ClusterIdentifier: cluster, SubnetGroupName: 'private' } },
      Key: {
        Type: 'AWS::KMS::Key',
        Properties: { KeyPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:Decrypt', Resource: '*' }] } },
      },
    },
  };
}

/** A cdk.out of two stacks with the same logical IDs, each reaching a cluster of its own and sharing its key with its own partner. */
const APP = { 'Eu.template.json': stack('analytics-eu', '222233334444'), 'Us.template.json': stack('analytics-us', '333344445555') };

describe('resources of two inputs with the same logical ID or address', () => {
  test('Mermaid draws two stacks\' Endpoint and Key as two nodes each, in a subgraph per stack', async () => {
    // GIVEN two stacks whose endpoints and keys have the same logical IDs
    const dir = folder(APP);
    // WHEN the app is drawn
    const { out } = await run(main, '--format', 'mermaid', dir);
    // THEN each stack's nodes are its own, in a subgraph titled by the stack's name, and each edge joins its own stack's
    expect(out).toBe([
      'flowchart LR',
      '  subgraph s0 ["Eu"]',
      '    n0["endpoint: Endpoint"]',
      '    n2>"key: Key"]',
      '  end',
      '  subgraph s1 ["Us"]',
      '    n4["endpoint: Endpoint"]',
      '    n6>"key: Key"]',
      '  end',
      '  n1[("cluster: analytics-eu")]',
      '  n3(["account: 222233334444"])',
      '  n5[("cluster: analytics-us")]',
      '  n7(["account: 333344445555"])',
      '  n0 -->|"endpoint"| n1',
      '  n3 -->|"decrypt"| n2',
      '  n4 -->|"endpoint"| n5',
      '  n7 -->|"decrypt"| n6',
    ].join('\n') + '\n');
  });

  test('the HTML page draws them as two boxes each, in a frame per stack, while lines and tables name them as before', async () => {
    // GIVEN the same two stacks
    const dir = folder(APP);
    // WHEN the page and the lines are written
    const page = (await run(main, '--format', 'html', dir)).out;
    const lines = (await run(main, dir)).out;
    // THEN the drawing has two Endpoint and two Key boxes, each titled by its id, which names its template, and a
    // frame per stack; the lines keep the short name, and say where each edge comes from
    const titles = [...page.matchAll(/<g class="node" data-kind="(?:endpoint|key)"><title>([^<]*)<\/title>/g)].map(m => m[1]);
    const [eu, us] = [path.join(dir, 'Eu.template.json'), path.join(dir, 'Us.template.json')];
    expect(titles).toEqual([`endpoint:Endpoint@${eu}`, `key:Key@${eu}`, `endpoint:Endpoint@${us}`, `key:Key@${us}`]);
    expect([...page.matchAll(/<g class="scope">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map(m => m[1])).toEqual(['Eu', 'Us']);
    expect(lines).toContain(`endpoint:Endpoint endpoint cluster:analytics-us  (${us}:1 Endpoint ClusterIdentifier)`);
  });

  test('two Terraform configurations\' keys at the same address are two nodes; within one, a key that several resources name is one', async () => {
    // GIVEN two configurations, each with a key that a key policy and a grant name
    const configuration = (grantee: string) => ({
      resource: {
        aws_kms_key: { main: { policy: JSON.stringify({ Statement: [] }) } },
        aws_kms_key_policy: {
          main: { key_id: '${aws_kms_key.main.id}', policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: grantee }, Action: 'kms:Decrypt', Resource: '*' }] }) },
        },
        aws_kms_grant: { restore: { key_id: '${aws_kms_key.main.arn}', grantee_principal: `arn:aws:iam::${grantee}:role/restorer`, operations: ['Decrypt'] } },
      },
    });
    const dir = folder({ 'prod/main.tf.json': configuration('222233334444'), 'test/main.tf.json': configuration('333344445555') });
    // WHEN they are mapped
    const { map } = await accessMapOf([dir]);
    // THEN each configuration's key is one node, which both its key policy and its grant reach
    const keys = map.nodes.filter(n => n.kind === 'key');
    expect(keys.map(n => [n.label, n.scope])).toEqual([['aws_kms_key.main', path.join(dir, 'prod')], ['aws_kms_key.main', path.join(dir, 'test')]]);
    expect(keys.map(key => map.edges.filter(e => e.to === key.id).map(e => e.source.resource)))
      .toEqual([['aws_kms_key_policy.main', 'aws_kms_grant.restore'], ['aws_kms_key_policy.main', 'aws_kms_grant.restore']]);
  });

  test('a parameter of one stack and the same-named parameter of another are two unknown whos', async () => {
    // GIVEN two stacks whose grants name the partner account by a parameter of the same name
    const template = { Resources: { Grant: { Type: 'AWS::Redshift::EndpointAuthorization', Properties: { Account: { Ref: 'Partner' }, ClusterIdentifier: 'analytics' } } } };
    const dir = folder({ 'Eu.template.json': template, 'Us.template.json': template });
    // WHEN they are mapped
    const { map } = await accessMapOf([dir]);
    // THEN each stack's parameter is its own unknown who, as each may be given another account
    expect(map.nodes.filter(n => n.kind === 'unknown').map(n => [n.label, n.scope]))
      .toEqual([['${Partner}', path.join(dir, 'Eu.template.json')], ['${Partner}', path.join(dir, 'Us.template.json')]]);
  });

  test('--since between copies of the same app in two folders shows no change, though the ids name the folders', async () => {
    // GIVEN the same app in two folders
    const [before, after] = [folder(APP), folder(APP)];
    // WHEN the copy is mapped since the original, as lines and as JSON
    const { code, out } = await run(main, '--since', before, after);
    const json = JSON.parse((await run(main, '--format', 'json', '--since', before, after)).out);
    // THEN nothing is added or removed
    expect(code).toBe(0);
    expect(out).toBe('0 added, 0 removed (0 risky).\n');
    expect([json.added, json.removed]).toEqual([[], []]);
  });

  test('--since draws a removed edge in the input it is removed from, beside the added one: one service, no second copy', async () => {
    // GIVEN a configuration before and after a change of the account that may connect, in two folders
    const configuration = (domain: string) => ({ resource: { opentelekomcloud_vpcep_service_v1: { billing: { whitelist: [domain] } } } });
    const [before, after] = [folder({ 'infra/main.tf.json': configuration('0a1b2c3d') }), folder({ 'infra/main.tf.json': configuration('4e5f6a7b') })];
    // WHEN the change is drawn
    const { out } = await run(main, '--format', 'mermaid', '--since', path.join(before, 'infra'), path.join(after, 'infra'));
    // THEN both edges reach the one service node, which is not drawn again for the old folder
    expect(out).toBe([
      'flowchart LR',
      '  n0[["service: opentelekomcloud_vpcep_service_v1.billing"]]',
      '  n1(["account: 4e5f6a7b"])',
      '  n2(["account: 0a1b2c3d"])',
      '  n1 -->|"+ connect"| n0',
      '  n2 -.->|"- connect"| n0',
      '  linkStyle 0 stroke:#080,stroke-width:2px',
      '  linkStyle 1 stroke:#888,stroke-width:2px',
    ].join('\n') + '\n');
  });
});
