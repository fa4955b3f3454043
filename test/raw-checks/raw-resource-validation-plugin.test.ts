import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { RawResourceValidationPlugin } from '../../lib/aws/raw-resource-validation-plugin';
import { RedshiftManagedEndpoint } from '../../lib/aws/redshift-managed-endpoint';

interface ReportedViolation {
  readonly ruleName: string;
  readonly description: string;
  readonly suggestedFix?: string;
  readonly violatingConstructs: Array<{ constructPath: string; cloudFormationResource: { logicalId: string; propertyPaths: string[] } }>;
}

/** Synthesizes `app` with the plugin and returns the plugin's part of the validation report. */
function pluginReport(build: (stack: Stack) => void): { thrown: boolean; violations: ReportedViolation[] } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
  const app = new App({ outdir });
  Validations.of(app).addPlugins(new RawResourceValidationPlugin());
  build(new Stack(app, 'Analytics', { env: { account: '111122223333', region: 'eu-west-1' } }));
  let thrown = false;
  try {
    app.synth();
  } catch (error) {
    thrown = true;
    expect((error as Error).message).toContain('validation-report.json');
  }
  const reportFile = path.join(outdir, 'validation-report.json');
  const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf-8')) : { pluginReports: [] };
  const ours = report.pluginReports.find((r: { pluginName: string }) => r.pluginName === 'private-access-constructs');
  return { thrown, violations: ours?.violations ?? [] };
}

const endpointProps = (endpointName: string, resourceOwner: string): redshift.CfnEndpointAccessProps => ({
  clusterIdentifier: 'analytics',
  endpointName,
  subnetGroupName: 'analytics-subnets',
  resourceOwner,
  vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
});

describe('RawResourceValidationPlugin', () => {
  test('reports exactly the bad properties of raw L1 resources, with construct path, value, rule and source', () => {
    // GIVEN one valid raw endpoint, one with a bad name and a bad account, and an endpoint made by the L2
    const { thrown, violations } = pluginReport(stack => {
      new redshift.CfnEndpointAccess(stack, 'Valid', endpointProps('reporting', '111122223333'));
      new redshift.CfnEndpointAccess(stack, 'Bad', endpointProps('Reporting_Endpoint', '1234'));
      new RedshiftManagedEndpoint(stack, 'Managed', {
        clusterIdentifier: 'analytics',
        endpointName: 'managed',
        subnetGroupName: 'analytics-subnets',
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0')],
      });
    });
    // THEN synthesis fails, naming the two bad properties of the bad endpoint and nothing else
    expect(thrown).toBe(true);
    expect(violations.map(v => [v.ruleName, v.violatingConstructs[0].constructPath, v.violatingConstructs[0].cloudFormationResource])).toEqual([
      ['AWS-Redshift-EndpointAccess.EndpointName', 'Analytics/Bad', { templatePath: 'Analytics.template.json', logicalId: 'Bad', propertyPaths: ['Properties/EndpointName'] }],
      ['AWS-Redshift-EndpointAccess.ResourceOwner', 'Analytics/Bad', { templatePath: 'Analytics.template.json', logicalId: 'Bad', propertyPaths: ['Properties/ResourceOwner'] }],
    ]);
    expect(violations[0].description).toMatch(/^EndpointName: "Reporting_Endpoint" must contain only lower-case letters, digits and hyphens/);
    expect(violations[1].description).toBe('ResourceOwner: "1234" must be a 12-digit AWS account id');
    expect(violations[1].suggestedFix).toBe('https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html');
  });

  test('an app whose raw resources meet the rules synthesizes', () => {
    const { thrown, violations } = pluginReport(stack => {
      new redshift.CfnEndpointAuthorization(stack, 'Grant', { account: '444455556666', clusterIdentifier: 'analytics', vpcIds: ['vpc-0abc'] });
    });
    expect([thrown, violations]).toEqual([false, []]);
  });

  test.each([
    ['an account that is not 12 digits', { account: 'partner' }, 'Account'],
    ['an empty VPC list (which would read as all VPCs)', { vpcIds: [] }, 'VpcIds'],
    ['a VPC id twice', { vpcIds: ['vpc-0abc', 'vpc-0abc'] }, 'VpcIds[1]'],
  ])('AWS::Redshift::EndpointAuthorization: %s', (_case, override, property) => {
    const { violations } = pluginReport(stack => {
      new redshift.CfnEndpointAuthorization(stack, 'Grant', { account: '444455556666', clusterIdentifier: 'analytics', ...override });
    });
    expect(violations.map(v => v.description.split(':')[0])).toEqual([property]);
  });
});
