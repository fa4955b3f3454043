/**
 * The rules that need the stack (its own account, Region and partition) hold for raw resources as for the constructs:
 * for each input, the construct throws exactly when the policy-validation plugin reports the raw resource.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aws, Environment, Stack, Validations, aws_redshift as redshift, custom_resources as cr } from 'aws-cdk-lib';
import { TerraformProvider, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { RawResourceValidationPlugin } from '../../lib/aws/raw-resource-validation-plugin';
import { RedshiftEndpointAuthorization } from '../../lib/aws/redshift-endpoint-authorization';
import { SnapshotShare } from '../../lib/aws/snapshot-share';
import { main } from '../../lib/raw-checks/cli';
import { RawResourceValidation } from '../../lib/terraform';
import { outcome, tryValidation } from '../support/validation';

const OWN = '111122223333';
const PARTNER = '444455556666';
const OTHER = '333344445555';
const FIXED: Environment = { account: OWN, region: 'eu-west-1' };
/** An environment-agnostic stack: its account and Region are tokens. */
const AGNOSTIC = undefined;

/** The descriptions the plugin reports for the resources `build` adds to a stack in `env` ([] when it reports none). */
function pluginReports(env: Environment | undefined, build: (stack: Stack) => void): string[] {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'stack-rules-')) });
  Validations.of(app).addPlugins(new RawResourceValidationPlugin());
  build(new Stack(app, 'Raw', { env }));
  try {
    app.synth();
    return [];
  } catch {
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'validation-report.json'), 'utf-8'));
    const ours = report.pluginReports.find((r: { pluginName: string }) => r.pluginName === 'private-access-constructs');
    return ours.violations.map((v: { description: string }) => v.description);
  }
}

const refuses = (build: () => unknown) => outcome(build) === 'invalid';

describe('RedshiftEndpointAuthorization and a raw AWS::Redshift::EndpointAuthorization', () => {
  test.each([
    ['a partner account, stack with a fixed account', FIXED, PARTNER, false],
    ['the stack\'s own account', FIXED, OWN, true],
    ['that account in an environment-agnostic stack (its account is not known)', AGNOSTIC, OWN, false],
    ['Aws.ACCOUNT_ID, the own account of any stack', AGNOSTIC, Aws.ACCOUNT_ID, true],
  ])('%s: the construct throws exactly when the plugin reports', (_case, env, account, refused) => {
    // WHEN the construct and a raw CfnEndpointAuthorization each grant `account` in a stack of `env`
    const construct = refuses(() => new RedshiftEndpointAuthorization(new Stack(new App(), 'L2', { env }), 'Grant', {
      clusterIdentifier: 'analytics', account,
    }));
    const reports = pluginReports(env, stack => new redshift.CfnEndpointAuthorization(stack, 'Grant', { clusterIdentifier: 'analytics', account }));
    // THEN both refuse it, or neither
    expect([construct, reports.length > 0]).toEqual([refused, refused]);
    if (refused) expect(reports).toEqual([expect.stringMatching(/^Account: .* must not be the stack's own account.*: an account cannot be granted access to its own resources$/)]);
  });
});

describe('SnapshotShare and a raw AwsCustomResource that calls AuthorizeSnapshotAccess', () => {
  const arn = (partition: string, region: string, owner: string) => `arn:${partition}:redshift:${region}:${owner}:snapshot:analytics/nightly`;

  test.each([
    ['a snapshot of the stack shared with a partner', FIXED, arn('aws', 'eu-west-1', OWN), PARTNER, undefined],
    ['shared with the stack\'s own account', FIXED, arn('aws', 'eu-west-1', OWN), OWN, /AccountWithRestoreAccess: .* must not be the stack's own account/],
    ['a snapshot in another region', FIXED, arn('aws', 'us-east-1', OWN), PARTNER, /SnapshotArn: .* must be in the stack's region \("eu-west-1"\)/],
    ['a snapshot in another partition', FIXED, arn('aws-cn', 'cn-north-1', OWN), PARTNER, /SnapshotArn: .* must be in the stack's partition \(aws, of its region "eu-west-1"\)/],
    ['a snapshot of another account', FIXED, arn('aws', 'eu-west-1', OTHER), PARTNER, /SnapshotArn: .* must be owned by the stack's account \("111122223333"\)/],
    ['any of those in an environment-agnostic stack', AGNOSTIC, arn('aws-cn', 'cn-north-1', OTHER), PARTNER, undefined],
  ])('%s: the construct throws exactly when the plugin reports', (_case, env, snapshotArn, account, reported) => {
    // WHEN the construct and a raw AwsCustomResource each share `snapshotArn` with `account` from a stack of `env`
    const construct = refuses(() => new SnapshotShare(new Stack(new App(), 'L2', { env }), 'Share', { snapshotArn, accounts: [account] }));
    const reports = pluginReports(env, stack => new cr.AwsCustomResource(stack, 'Share', {
      onCreate: {
        service: 'Redshift',
        action: 'authorizeSnapshotAccess',
        parameters: { SnapshotArn: snapshotArn, AccountWithRestoreAccess: account },
        physicalResourceId: cr.PhysicalResourceId.of('share'),
      },
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [snapshotArn] }),
    }));
    // THEN both refuse it, or neither, and the plugin names the parameter and the rule
    expect([construct, reports.length > 0]).toEqual([reported !== undefined, reported !== undefined]);
    if (reported) expect(reports).toEqual([expect.stringMatching(new RegExp(`^Create\\.parameters\\.${reported.source}`))]);
  });

  test('a call to another region, or in another account\'s role, is judged where it runs', () => {
    // GIVEN raw shares of a us-east-1 snapshot, one calling us-east-1, one assuming a role of the snapshot's account
    const reports = pluginReports(FIXED, stack => {
      const share = (id: string, call: Partial<cr.AwsSdkCall>) => new cr.AwsCustomResource(stack, id, {
        onCreate: {
          service: 'Redshift',
          action: 'authorizeSnapshotAccess',
          parameters: { SnapshotArn: arn('aws', 'us-east-1', OTHER), AccountWithRestoreAccess: PARTNER },
          physicalResourceId: cr.PhysicalResourceId.of(id),
          ...call,
        },
        policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
      });
      share('InItsRegion', { region: 'us-east-1' });
      share('AsItsOwner', { region: 'us-east-1', assumedRoleArn: `arn:aws:iam::${OTHER}:role/share` });
    });
    // THEN the first is reported for the account only (the region is the call's), the second not at all
    expect(reports).toEqual([expect.stringMatching(/^Create\.parameters\.SnapshotArn: .* must be owned by the stack's account/)]);
  });
});

test('private-access-check reads each stack\'s environment from the cdk.out manifest and applies the same rules', async () => {
  // GIVEN a cdk.out with a raw grant to account OWN in a stack of that account, and one in an environment-agnostic stack
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-out-'));
  const app = new App({ outdir });
  for (const [id, env] of [['Fixed', FIXED], ['Agnostic', AGNOSTIC]] as const) {
    new redshift.CfnEndpointAuthorization(new Stack(app, id, { env }), 'Grant', { clusterIdentifier: 'analytics', account: OWN });
  }
  app.synth();
  // WHEN the checker reads it
  let out = '';
  const code = await main(['--format', 'json', outdir], { out: text => { out += text; }, err: () => undefined });
  // THEN only the grant in the stack of that account is reported
  expect(code).toBe(1);
  expect(JSON.parse(out).findings.map((f: Record<string, string>) => [path.basename(f.file), f.property, f.rule])).toEqual([
    ['Fixed.template.json', 'Account', `must not be the stack's own account ("${OWN}"): an account cannot be granted access to its own resources`],
  ]);
});

describe('terraform.RawResourceValidation: an endpoint authorization and the one account its AWS provider allows', () => {
  /** An AWS provider as any binding writes it (the library ships none), with `allowed_account_ids` if given. */
  class AwsProvider extends TerraformProvider {
    constructor(scope: Construct, id: string, allowedAccountIds?: string[], alias?: string) {
      super(scope, id, { terraformResourceType: 'aws', terraformProviderSource: 'hashicorp/aws' });
      if (allowedAccountIds) this.addOverride('allowed_account_ids', allowedAccountIds);
      this.alias = alias;
    }
  }

  /** The messages the validation reports for a raw grant to `account` in a stack whose providers `addProviders` adds. */
  function grantReports(account: string, addProviders: (stack: TerraformStack) => TerraformProvider | undefined): string[] {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Network');
    const provider = addProviders(stack);
    const grant = new TerraformResource(stack, 'Grant', { terraformResourceType: 'aws_redshift_endpoint_authorization', provider });
    grant.addOverride('account', account);
    RawResourceValidation.addTo(app);
    return tryValidation(() => Testing.fullSynth(stack))?.violations.map(v => `${v.property}: ${v.message}`) ?? [];
  }

  test.each([
    ['the one account the provider allows', OWN, (s: TerraformStack) => void new AwsProvider(s, 'aws', [OWN]), true],
    ['another account', PARTNER, (s: TerraformStack) => void new AwsProvider(s, 'aws', [OWN]), false],
    ['one of several allowed accounts (which one the provider runs in is not known)', OWN,
      (s: TerraformStack) => void new AwsProvider(s, 'aws', [OWN, OTHER]), false],
    ['a provider that allows any account', OWN, (s: TerraformStack) => void new AwsProvider(s, 'aws'), false],
    ['the account of the aliased provider the resource names', OWN,
      (s: TerraformStack) => { new AwsProvider(s, 'aws', [OTHER]); return new AwsProvider(s, 'partner', [OWN], 'partner'); }, true],
  ])('%s', (_case, account, addProviders, refused) => {
    expect(grantReports(account, addProviders)).toEqual(refused
      ? [`account: must not be the stack's own account ("${OWN}"): an account cannot be granted access to its own resources`]
      : []);
  });
});
