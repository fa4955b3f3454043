/**
 * `Fn::ForEach` loops (the `AWS::LanguageExtensions` transform) declare resources under `Fn::ForEach::<Loop>` keys of
 * `Resources`: the checker and the access map read them as the resources CloudFormation makes of them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { main } from '../../lib/raw-checks/cli';
import { edgeLines } from '../support/access-map';

interface Finding { readonly resource: string; readonly property: string; readonly value: unknown; readonly line: number }

/** Writes `text` (a template) to a fresh folder as `name`; returns its path. */
function templateFile(text: string, name = 'loops.template.yaml'): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'for-each-')), name);
  fs.writeFileSync(file, text);
  return file;
}

async function check(file: string): Promise<{ code: number; findings: Finding[]; checked: { resources: number } }> {
  let out = '';
  const code = await main(['--format', 'json', file], { out: text => { out += text; }, err: () => undefined });
  return { code, ...JSON.parse(out) };
}

/** `resource property=value` of each finding. */
const brief = (findings: readonly Finding[]) => findings.map(f => `${f.resource} ${f.property}=${f.value}`);

const LITERAL_LOOP = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Partners:
    - Partner
    - ["222233334444", "12345", "333344445555"]
    - Grant\${Partner}:
        Type: AWS::Redshift::EndpointAuthorization
        Properties:
          ClusterIdentifier: analytics
          Account: !Ref Partner
`;

describe('a loop over a literal list', () => {
  test('declares one resource per entry, each checked with its entry', async () => {
    // GIVEN a loop of endpoint grants over three accounts, one of them truncated
    // WHEN the template is checked
    const { code, findings, checked } = await check(templateFile(LITERAL_LOOP));
    // THEN the three grants are checked, and the truncated account is reported on the resource CloudFormation makes of it
    expect(checked.resources).toBe(3);
    expect(code).toBe(1);
    expect(brief(findings)).toEqual(['Grant12345 Account="12345"']);
    // AND the finding points at the line of the loop's body where the property is written
    expect(findings[0].line).toBe(10);
  });

  test('the access map shows one edge per entry', async () => {
    const { map } = await accessMapOf([templateFile(LITERAL_LOOP)]);
    expect(edgeLines(map)).toEqual([
      '222233334444 endpoint cluster:analytics <- Grant222233334444 Account',
      '12345 endpoint cluster:analytics <- Grant12345 Account',
      '333344445555 endpoint cluster:analytics <- Grant333344445555 Account',
    ]);
  });

  test.each([
    ['${Name} in an Fn::Sub', '!Sub "${Name}-endpoint"', 'Endpoint${Name}', 'EndpointReporting', 'Reporting-endpoint'],
    ['${Name} in a plain string', '"${Name}-endpoint"', 'Endpoint${Name}', 'EndpointReporting', 'Reporting-endpoint'],
    ['&{Name} in the key, which drops what is not a letter or digit', '!Ref Name', 'Endpoint&{Name}', 'EndpointReporting', 'Reporting'],
  ])('%s: replaced in the logical ID and the value', async (_case, value, key, logicalId, name) => {
    // GIVEN an endpoint whose name comes from the loop's entry, with an upper-case letter the rules forbid
    const text = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Endpoints:
    - Name
    - [Reporting]
    - ${key}:
        Type: AWS::Redshift::EndpointAccess
        Properties:
          ClusterIdentifier: analytics
          SubnetGroupName: analytics-subnets
          VpcSecurityGroupIds: [sg-0123456789abcdef0]
          EndpointName: ${value}
`;
    // WHEN it is checked
    const { findings } = await check(templateFile(text));
    // THEN the name is checked as CloudFormation makes it, on the resource's logical ID
    expect(brief(findings)).toEqual([`${logicalId} EndpointName=${JSON.stringify(name)}`]);
  });

  test('nested loops declare a resource for each pair of entries', async () => {
    // GIVEN a loop over clusters around a loop over accounts, written in JSON
    const template = {
      Transform: 'AWS::LanguageExtensions',
      Resources: {
        'Fn::ForEach::Clusters': ['Cluster', ['sales', 'Bad--Cluster'], {
          'Fn::ForEach::Accounts': ['Account', ['222233334444', '333344445555'], {
            'Grant&{Cluster}${Account}': {
              Type: 'AWS::Redshift::EndpointAuthorization',
              Properties: { ClusterIdentifier: { Ref: 'Cluster' }, Account: { Ref: 'Account' } },
            },
          }],
        }],
      },
    };
    // WHEN it is checked
    const { findings, checked } = await check(templateFile(JSON.stringify(template, null, 2), 'loops.template.json'));
    // THEN four grants are checked, and the bad cluster name is reported on both grants that name it
    expect(checked.resources).toBe(4);
    expect(brief(findings)).toEqual([
      'GrantBadCluster222233334444 ClusterIdentifier="Bad--Cluster"',
      'GrantBadCluster333344445555 ClusterIdentifier="Bad--Cluster"',
    ]);
  });
});

const PARAMETER_LOOP = `Transform: AWS::LanguageExtensions
Parameters:
  Partners:
    Type: CommaDelimitedList
    Default: "222233334444,12345"
Resources:
  Fn::ForEach::Partners:
    - Partner
    - !Ref Partners
    - Grant\${Partner}:
        Type: AWS::Redshift::EndpointAuthorization
        Properties:
          ClusterIdentifier: Analytics
          Account: !Ref Partner
          VpcIds: [!Sub "vpc-\${Partner}"]
`;

describe('a loop over a parameter, known only at deploy', () => {
  test('its body is checked once: literals are, the identifier never is', async () => {
    // WHEN a loop over a CommaDelimitedList parameter is checked
    const { findings, checked } = await check(templateFile(PARAMETER_LOOP));
    // THEN its body is one resource, the literal cluster name is reported, and the account and VPC (the parameter's
    // entries, whatever the default says) are not
    expect(checked.resources).toBe(1);
    expect(brief(findings)).toEqual(['Grant${Partner} ClusterIdentifier="Analytics"']);
  });

  test('the access map shows the access through the identifier as a value unknown until deploy', async () => {
    const { map } = await accessMapOf([templateFile(PARAMETER_LOOP)]);
    expect(edgeLines(map)).toEqual(['! ${Partner} endpoint cluster:Analytics <- Grant${Partner} Account']);
    expect(map.nodes.find(n => n.label === '${Partner}')?.kind).toBe('unknown');
  });
});
