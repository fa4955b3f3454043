import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/access-map/cli';
import { FIXTURES, run } from '../support/access-map';

const PLAN_BEFORE = path.join(FIXTURES, 'plan-before.json');
const PLAN_AFTER = path.join(FIXTURES, 'plan-after.json');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-map-'));
}

/** A template sharing a snapshot with `accounts` and granting endpoints to 222233334444 in `vpcs` (every VPC if none). */
function template(accounts: string[], vpcs: string[]): string {
  return [
    'Resources:',
    '  Share:',
    '    Type: Custom::RedshiftSnapshotShare',
    '    Properties:',
    '      SnapshotClusterIdentifier: analytics',
    '      SnapshotIdentifier: nightly',
    `      Accounts: [${accounts.map(a => `'${a}'`).join(', ')}]`,
    '  Grant:',
    '    Type: AWS::Redshift::EndpointAuthorization',
    '    Properties:',
    '      Account: \'222233334444\'',
    '      ClusterIdentifier: analytics',
    ...vpcs.length > 0 ? [`      VpcIds: [${vpcs.join(', ')}]`] : [],
  ].join('\n');
}

/** The lines of a text report, without where each edge comes from. */
function changes(out: string): string[] {
  return out.trim().split('\n').map(line => line.replace(/ {2}\(.*\)$/, ''));
}

describe('private-access-map --since', () => {
  test('between two plans: an added account, a removed account and a widened whitelist', async () => {
    // GIVEN a plan before and after a change of permissions, of a whitelist and of endpoint grants
    // WHEN the new plan is mapped since the old one
    const { code, out } = await run(main, '--since', PLAN_BEFORE, PLAN_AFTER);
    // THEN
    expect(code).toBe(0);
    expect(changes(out)).toEqual([
      '+ 1b2c3d4e5f60718293a4b5c6d7e8f9a0 connect service:huaweicloud_vpcep_service.orders',
      '+ 10.0.0.0/16 network endpoint:huaweicloud_vpcep_endpoint.reporting',
      '+ 999988887777 endpoint cluster:analytics [VPCs vpc-0a1b2c3d4e5f60718]',
      '- 0a1b2c3d4e5f60718293a4b5c6d7e8f9 connect service:huaweicloud_vpcep_service.orders',
      '- 10.0.0.0/24 network endpoint:huaweicloud_vpcep_endpoint.reporting',
      '3 added, 2 removed (0 risky).',
    ]);
  });

  test('between two templates: an added account, a removed account and a grant widened to every VPC', async () => {
    // GIVEN two versions of a template
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'before.yaml'), template(['222233334444', '333344445555'], ['vpc-0a1b2c3d4e5f60718']));
    fs.writeFileSync(path.join(dir, 'after.yaml'), template(['222233334444', '444455556666'], []));
    // WHEN
    const { code, out } = await run(main, '--since', path.join(dir, 'before.yaml'), path.join(dir, 'after.yaml'));
    // THEN
    expect(code).toBe(0);
    expect(changes(out)).toEqual([
      '+ 444455556666 restore snapshot:analytics/nightly',
      '+ 222233334444 endpoint cluster:analytics [every VPC]',
      '- 333344445555 restore snapshot:analytics/nightly',
      '- 222233334444 endpoint cluster:analytics [VPCs vpc-0a1b2c3d4e5f60718]',
      '2 added, 2 removed (0 risky).',
    ]);
  });

  test.each([
    ['access was added', ['222233334444'], ['222233334444', '333344445555'], 1],
    ['access was only removed', ['222233334444', '333344445555'], ['222233334444'], 0],
    ['nothing changed', ['222233334444'], ['222233334444'], 0],
  ])('--fail-on-added when %s exits %s', async (_case, before, after, expected) => {
    // GIVEN two versions of a template
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'before.yaml'), template(before, []));
    fs.writeFileSync(path.join(dir, 'after.yaml'), template(after, []));
    // WHEN
    const { code } = await run(main, '--fail-on-added', '--since', path.join(dir, 'before.yaml'), path.join(dir, 'after.yaml'));
    // THEN
    expect(code).toBe(expected);
  });

  /** Writes a Terraform JSON configuration of `resources` into a new folder; returns the folder. */
  function terraform(resources: Record<string, Record<string, unknown>>): string {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ resource: Object.fromEntries(Object.entries(resources).map(([type, args]) => [type, { r: args }])) }));
    return dir;
  }

  const APPROVED_FOR_ANYONE = '    risky: any account may connect, and the service approves connections without review';
  test.each([
    ['Huawei approval turned off', { huaweicloud_vpcep_service: { permissions: ['*'], approval: true } },
      { huaweicloud_vpcep_service: { permissions: ['*'], approval: false } },
      ['+ endpoint:* approved service:huaweicloud_vpcep_service.r', APPROVED_FOR_ANYONE, '1 added, 0 removed (1 risky).']],
    ['OTC approval_enabled turned off', { opentelekomcloud_vpcep_service_v1: { whitelist: ['*'] } },
      { opentelekomcloud_vpcep_service_v1: { whitelist: ['*'], approval_enabled: false } },
      ['+ endpoint:* approved service:opentelekomcloud_vpcep_service_v1.r', APPROVED_FOR_ANYONE, '1 added, 0 removed (1 risky).']],
    ['Alibaba auto-accept turned on', {
      alicloud_privatelink_vpc_endpoint_service: {},
      alicloud_privatelink_vpc_endpoint_service_user: { service_id: '${alicloud_privatelink_vpc_endpoint_service.r.id}', user_id: '*' },
    },
    {
      alicloud_privatelink_vpc_endpoint_service: { auto_accept_connection: true },
      alicloud_privatelink_vpc_endpoint_service_user: { service_id: '${alicloud_privatelink_vpc_endpoint_service.r.id}', user_id: '*' },
    },
    ['+ endpoint:* approved service:alicloud_privatelink_vpc_endpoint_service.r', APPROVED_FOR_ANYONE, '1 added, 0 removed (1 risky).']],
    ['access control turned off', { huaweicloud_vpcep_endpoint: { enable_whitelist: true, whitelist: ['10.0.0.0/24'] } },
      { huaweicloud_vpcep_endpoint: { enable_whitelist: false, whitelist: ['10.0.0.0/24'] } },
      ['+ * network endpoint:huaweicloud_vpcep_endpoint.r',
        '    risky: access control is off (enable_whitelist): every address that can route to the endpoint reaches it', '1 added, 0 removed (1 risky).']],
  ])('--since reports %s as added access, risky where anyone may now connect or reach', async (_case, before, after, expected) => {
    // GIVEN a configuration before and after a change that widens access without adding anyone by name
    // WHEN the new one is mapped since the old one
    const { out } = await run(main, '--since', terraform(before), terraform(after));
    // THEN the widening is added and marked risky
    expect(changes(out)).toEqual(expected);
  });

  test('every format reports the diff: JSON splits added from removed', async () => {
    // GIVEN / WHEN
    const { out } = await run(main, '--format', 'json', '--since', PLAN_BEFORE, PLAN_AFTER);
    // THEN
    const diff = JSON.parse(out);
    expect(diff.added.map((e: { from: string }) => e.from)).toEqual(['account:1b2c3d4e5f60718293a4b5c6d7e8f9a0', 'cidr:10.0.0.0/16', 'account:999988887777']);
    expect(diff.removed.map((e: { from: string }) => e.from)).toEqual(['account:0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'cidr:10.0.0.0/24']);
    const markdown = (await run(main, '--format', 'markdown', '--since', PLAN_BEFORE, PLAN_AFTER)).out;
    expect(markdown).toContain('| + | `999988887777` | endpoint | `cluster:analytics` | VPCs vpc-0a1b2c3d4e5f60718 |');
    expect(markdown).toContain('| - | `10.0.0.0/24` | network | `endpoint:huaweicloud_vpcep_endpoint.reporting` |');
    const mermaid = (await run(main, '--format', 'mermaid', '--since', PLAN_BEFORE, PLAN_AFTER)).out;
    expect(mermaid).toMatch(/-\.->\|"- network"\|/);
    expect(mermaid).toMatch(/-->\|"\+ connect"\|/);
  });
});

describe('private-access-map formats and risks', () => {
  test('JSON holds nodes and edges with their source, in the documented shape', async () => {
    // GIVEN / WHEN
    const { code, out } = await run(main, '--format', 'json', path.join(FIXTURES, 'state.json'));
    // THEN
    expect(code).toBe(0);
    const map = JSON.parse(out);
    expect(map.nodes).toContainEqual({ id: '*', kind: 'anyone', label: '*' });
    expect(map.nodes).toContainEqual({
      id: `service:opentelekomcloud_vpcep_service_v1.billing@${path.join(FIXTURES, 'state.json')}`,
      kind: 'service',
      label: 'opentelekomcloud_vpcep_service_v1.billing',
      scope: path.join(FIXTURES, 'state.json'),
    });
    expect(map.edges[0]).toEqual({
      from: '*',
      to: `service:opentelekomcloud_vpcep_service_v1.billing@${path.join(FIXTURES, 'state.json')}`,
      how: 'connect',
      source: { file: path.join(FIXTURES, 'state.json'), line: 8, resource: 'opentelekomcloud_vpcep_service_v1.billing', property: 'whitelist[0]' },
      risks: ['any account may connect, and the service approves connections without review'],
    });
  });

  test('--known-accounts marks every other account risky, and leaves the known ones alone', async () => {
    // GIVEN a file that knows one of the plan's accounts
    const known = path.join(tempDir(), 'accounts.txt');
    fs.writeFileSync(known, '# partners\n222233334444 analytics partner\n\n');
    // WHEN
    const { out } = await run(main, '--format', 'json', '--known-accounts', known, PLAN_AFTER);
    // THEN
    const risky = JSON.parse(out).edges.filter((e: { risks?: string[] }) => e.risks).map((e: { from: string; risks: string[] }) => [e.from, e.risks]);
    expect(risky).toEqual([
      ['account:1b2c3d4e5f60718293a4b5c6d7e8f9a0', ['account 1b2c3d4e5f60718293a4b5c6d7e8f9a0 is not one of the known accounts']],
      ['account:1234567890123456', ['account 1234567890123456 is not one of the known accounts']],
      ['account:999988887777', ['account 999988887777 is not one of the known accounts']],
    ]);
  });

  test('Mermaid draws each node and edge, risky edges in red', async () => {
    // GIVEN / WHEN
    const { out } = await run(main, '--format', 'mermaid', path.join(FIXTURES, 'state.json'));
    // THEN
    expect(out).toBe([
      'flowchart LR',
      '  n0[["service: opentelekomcloud_vpcep_service_v1.billing"]]',
      '  n1{{"anyone: *"}}',
      '  n2["endpoint: *"]',
      '  n3[["service: e0c748b7-d982-47df-ba06-b9c8c7650c1a"]]',
      '  n4["endpoint: b4c2d3e5-1f6a-4b7c-9d8e-0f1a2b3c4d5e"]',
      '  n1 -->|"connect ⚠"| n0',
      '  n2 -->|"approved ⚠"| n0',
      '  n4 -->|"approved"| n3',
      '  linkStyle 0 stroke:#d00,stroke-width:2px',
      '  linkStyle 1 stroke:#d00,stroke-width:2px',
    ].join('\n') + '\n');
  });

  test('HTML is one page with no network reference: the SVG drawing and the table, risky rows marked', async () => {
    // GIVEN
    const output = path.join(tempDir(), 'map.html');
    // WHEN
    const { code } = await run(main, '--format', 'html', '--output', output, path.join(FIXTURES, 'vpcep.tf.json'));
    // THEN
    expect(code).toBe(0);
    const html = fs.readFileSync(output, 'utf-8');
    expect(html).toMatch(/<svg [^>]*>.*<\/svg>/s);
    expect(html.match(/<tr class="risky/g)).toHaveLength(4);
    expect(html.match(/<g class="edge risky"/g)).toHaveLength(4);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
  });

  test.each([['--help'], ['-h']])('%s prints the usage and exits 0', async flag => {
    // WHEN
    const { code, out } = await run(main, flag);
    // THEN
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: private-access-map .*--since <old path>/s);
  });

  test.each([
    [['--format', 'dot', 'x'], /--format must be one of text, json, markdown, mermaid, html \(got "dot"\)/],
    [['--fail-on-added', 'x'], /--fail-on-added needs --since/],
    [['--fail-on-added=no', '--since', PLAN_BEFORE, PLAN_AFTER], /--fail-on-added takes no value \(got "no"\)/],
    [['--known-accounts', 'a.txt', '--known-accounts', 'b.txt', PLAN_AFTER], /--known-accounts is given more than once/],
    [['--version', PLAN_AFTER], /unknown option --version/],
    [[], /name at least one path/],
    [['--known-accounts', '/nonexistent/accounts.txt', PLAN_AFTER], /accounts.txt: cannot be read/],
  ])('%j is refused with exit code 2', async (args, message) => {
    // GIVEN / WHEN
    const { code, err } = await run(main, ...args);
    // THEN
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('a property whose value is AWS::NoValue', () => {
  test('VpcIds: !Ref AWS::NoValue grants every VPC, as if VpcIds were not written', async () => {
    // GIVEN a grant whose VpcIds CloudFormation removes
    const file = path.join(tempDir(), 'grant.yaml');
    fs.writeFileSync(file, template(['222233334444'], []).replace(/(ClusterIdentifier: analytics)$/, '$1\n      VpcIds: !Ref AWS::NoValue'));
    // WHEN it is mapped
    const { code, out } = await run(main, file);
    // THEN the grant reaches every VPC of the account
    expect(code).toBe(0);
    expect(changes(out)).toContain('222233334444 endpoint cluster:analytics [every VPC]');
  });
});

describe('a value given by Fn::If', () => {
  test('is shown as its condition and both branches', async () => {
    // GIVEN a grant whose cluster depends on a condition, and whose VPCs exist only in one branch
    const file = path.join(tempDir(), 'grant.yaml');
    fs.writeFileSync(file, template(['222233334444'], []).replace(/ClusterIdentifier: analytics$/,
      'ClusterIdentifier: !If [IsProd, analytics, analytics-dev]\n      VpcIds: !If [IsProd, [vpc-1], !Ref AWS::NoValue]'));
    // WHEN it is mapped
    const { code, out } = await run(main, file);
    // THEN
    expect(code).toBe(0);
    expect(changes(out)).toContain('222233334444 endpoint cluster:IsProd ? analytics : analytics-dev [VPCs IsProd ? [vpc-1] : (none)]');
  });
});

describe('who, as lines and tables show it', () => {
  test('an organization path and an endpoint approved without review are told apart from an account and from anyone', async () => {
    // GIVEN a Huawei service open to account 1234 and to organization path 1234, approving connections without review
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({
      resource: {
        huaweicloud_vpcep_service: {
          orders: {
            vpc_id: 'vpc',
            port_id: 'port',
            server_type: 'VM',
            port_mapping: [{ service_port: 8080, terminal_port: 80 }],
            permissions: ['iam:domain::1234'],
            organization_permissions: ['organizations:orgPath::1234'],
            approval: false,
          },
        },
      },
    }));
    // WHEN it is mapped as lines, as a Markdown table and as a page
    const lines = changes((await run(main, dir)).out);
    const table = (await run(main, '--format', 'markdown', dir)).out;
    const page = path.join(tempDir(), 'map.html');
    await run(main, '--format', 'html', '--output', page, dir);
    // THEN each who says what it is
    expect(lines).toEqual([
      '1234 connect service:huaweicloud_vpcep_service.orders',
      'organization:1234 connect service:huaweicloud_vpcep_service.orders',
      'endpoint:* approved service:huaweicloud_vpcep_service.orders',
      '3 edges (0 risky) between 4 nodes.',
    ]);
    expect(table).toContain('| `organization:1234` | connect |');
    expect(table).toContain('| `endpoint:*` | approved |');
    expect(fs.readFileSync(page, 'utf-8')).toContain('<td><code>organization:1234</code></td><td>connect</td>');
  });
});

describe('--since across stacks with the same logical IDs', () => {
  /** A CDK stack's template granting `accounts` endpoint access to cluster analytics, from the construct `<stack>/Grant`. */
  const stackTemplate = (stack: string, accounts: string[]) => JSON.stringify({
    Resources: Object.fromEntries(accounts.map(account => [`Grant${account.slice(-4)}`, {
      Type: 'AWS::Redshift::EndpointAuthorization',
      Properties: { Account: account, ClusterIdentifier: 'analytics' },
      Metadata: { 'aws:cdk:path': `${stack}/Grant${account.slice(-4)}/Resource` },
    }])),
  });

  test('the same grant added to a second stack (an app deployed to one more Region) is added access', async () => {
    // GIVEN an app whose Eu stack grants an account, and then whose Us stack, the same class, grants it too
    const [before, after] = [tempDir(), tempDir()];
    fs.writeFileSync(path.join(before, 'Eu.template.json'), stackTemplate('Eu', ['222233334444']));
    fs.writeFileSync(path.join(after, 'Eu.template.json'), stackTemplate('Eu', ['222233334444']));
    fs.writeFileSync(path.join(after, 'Us.template.json'), stackTemplate('Us', ['222233334444']));
    // WHEN the new app is mapped since the old one
    const { code, out } = await run(main, '--since', before, after);
    // THEN the Us stack's grant is added, and the Eu stack's is unchanged
    expect(code).toBe(0);
    expect(out).toMatch(/^\+ 222233334444 endpoint cluster:analytics \[every VPC\] {2}\(.*Us\.template\.json:\d+ Grant4444 Account \(Us\/Grant4444\/Resource\)\)$/m);
    expect(out).toContain('1 added, 0 removed');
  });
});
