/**
 * The AWS example app under cdk-nag's AwsSolutions rules, run as aws-cdk-lib policy-validation plugin (as a user of
 * cdk-nag 3 runs it): no finding may come from a construct of this library, nor from anything inside one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { addRedshiftExample } from '../../examples/aws/redshift';
import { addRedshiftServerlessExample } from '../../examples/aws/redshift-serverless';
import { addSnapshotShareExample } from '../../examples/aws/snapshot-share';
import { aws } from '../../lib';
import { RedshiftServerlessFunction } from '../../lib/aws/private/redshift-serverless-function';
import { SnapshotShareFunction } from '../../lib/aws/private/snapshot-share-function';

interface Finding {
  readonly rule: string;
  readonly path: string;
}

/** Synthesizes `app` with the AwsSolutions pack as a validation plugin; returns every finding of its report. */
function nagFindings(app: App, outdir: string): Finding[] {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const reportFile = path.join(outdir, 'validation-report.json');
  try {
    app.synth();
  } catch (e) {
    // The plugin fails the synth when it finds anything, after writing its report; anything else is a real failure.
    if (!fs.existsSync(reportFile)) throw e;
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf-8'));
  return report.pluginReports.flatMap((plugin: any) => plugin.violations.flatMap((violation: any) =>
    violation.violatingConstructs.map((c: any) => ({ rule: violation.ruleName, path: c.constructPath }))));
}

/** The paths of this library's constructs in `scope`. */
function libraryPaths(scope: IConstruct): string[] {
  const ours = [aws.RedshiftManagedEndpoint, aws.RedshiftEndpointAuthorization, aws.SnapshotShare, SnapshotShareFunction,
    aws.RedshiftServerlessManagedEndpoint, aws.RedshiftServerlessEndpointAuthorization, RedshiftServerlessFunction];
  return scope.node.findAll().filter(c => ours.some(type => c instanceof type)).map(c => c.node.path);
}

/** Every feature flag aws-cdk-lib recommends (what `cdk init` writes into cdk.json), partition literals among them. */
const RECOMMENDED_FLAGS: Record<string, unknown> = JSON.parse(fs.readFileSync(require.resolve('aws-cdk-lib/recommended-feature-flags.json'), 'utf-8'));
const PARTITION_LITERALS = { '@aws-cdk/core:enablePartitionLiterals': true };
const FIXED = { account: '123456789012', region: 'eu-west-1' };

describe('the AWS example app under cdk-nag (AwsSolutions)', () => {
  test.each<[string, Record<string, unknown>, { account?: string; region?: string } | undefined]>([
    ['no flags, environment-agnostic', {}, undefined],
    ['no flags, fixed account and region', {}, FIXED],
    ['partition literals, environment-agnostic', PARTITION_LITERALS, undefined],
    ['partition literals, fixed account and region', PARTITION_LITERALS, FIXED],
    ['every recommended flag (cdk init), fixed account and region', RECOMMENDED_FLAGS, FIXED],
    ['every recommended flag, a China region (partition aws-cn)', RECOMMENDED_FLAGS, { account: '123456789012', region: 'cn-north-1' }],
    ['every recommended flag, account fixed and region not', RECOMMENDED_FLAGS, { account: '123456789012' }],
  ])('no finding comes from the library\'s constructs (%s)', (_case, context, env) => {
    // GIVEN the example app, as examples/aws/app.ts builds it, with these flags and this environment
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'nag-'));
    try {
      const app = new App({ outdir, context });
      const stack = new Stack(app, 'PrivateAccessExample', { env });
      addRedshiftExample(stack);
      addSnapshotShareExample(stack);
      addRedshiftServerlessExample(stack);
      const ours = libraryPaths(stack);
      // WHEN
      const findings = nagFindings(app, outdir);
      // THEN the plugin ran and found the example's own shortcuts (so an empty result below means something)...
      expect(findings).toContainEqual({ rule: 'AwsSolutions-VPC7', path: 'PrivateAccessExample/Vpc/Resource' });
      // ...and the library's endpoint, authorization, three shares and their provider, the Serverless endpoint, grant,
      // snapshot share and their provider are all there, with no finding
      expect(ours).toHaveLength(10);
      const fromLibrary = findings.filter(f => ours.some(p => f.path === p || f.path.startsWith(`${p}/`)));
      expect(fromLibrary).toEqual([]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('a newer aws-cdk-lib with a newer Node.js runtime raises no finding on the library\'s pinned functions', () => {
    // GIVEN an aws-cdk-lib that knows a Node.js runtime newer than the pinned one, as aws-cdk-lib 2.278.0 knows
    // nodejs26.x: cdk-nag compares each function's runtime with the newest of Runtime.ALL
    const newer = new lambda.Runtime('nodejs99.x', lambda.RuntimeFamily.NODEJS);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'nag-'));
    try {
      const app = new App({ outdir, context: RECOMMENDED_FLAGS });
      const stack = new Stack(app, 'PrivateAccessExample', { env: FIXED });
      addSnapshotShareExample(stack);
      addRedshiftServerlessExample(stack);
      const unrelated = new lambda.Function(stack, 'UsersOwnFunction', {
        runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};'),
      });
      const ours = libraryPaths(stack);
      // WHEN
      const findings = nagFindings(app, outdir);
      // THEN the user's own function on the same runtime is reported, so the rule ran against the newer runtime...
      expect(findings).toContainEqual({ rule: 'AwsSolutions-L1', path: `${unrelated.node.path}/Resource` });
      // ...and neither of the library's functions is
      expect(findings.filter(f => ours.some(p => f.path.startsWith(`${p}/`)))).toEqual([]);
    } finally {
      lambda.Runtime.ALL.splice(lambda.Runtime.ALL.indexOf(newer), 1);
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
