import * as fs from 'fs';
import * as path from 'path';
import { App, ArnFormat, CfnResource, Stack, Token } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import {
  CLAIM_TAG_KEYS,
  DEFAULT_LOG_RETENTION,
  SNAPSHOT_SHARE_RESOURCE_TYPE,
  SnapshotShareFunction,
} from '../../lib/aws/private/snapshot-share-function';
import { ValidationError } from '../../lib/core';
import { synthValidated, validatedApp, validatedStack } from '../support/aws';

const OWNER = '111122223333';
const snapshotArn = (name: string) => `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:my-cluster/${name}`;
const accounts = (n: number) => Array.from({ length: n }, (_, i) => String(100000000000 + i));

type Json = any;

/** What a share does with the function: asks for it, grants its snapshot and points a custom resource at it. */
function share(scope: Construct, id: string, arn: string, shareAccounts: string[], logRetention?: logs.RetentionDays): SnapshotShareFunction {
  const construct = new Construct(scope, id);
  const shareFunction = SnapshotShareFunction.of(construct, { logRetention });
  shareFunction.grantShare(arn);
  new CfnResource(construct, 'Resource', {
    type: SNAPSHOT_SHARE_RESOURCE_TYPE,
    properties: { ServiceToken: shareFunction.serviceToken, SnapshotArn: arn, Accounts: shareAccounts },
  });
  return shareFunction;
}

function validationError(build: () => unknown): ValidationError {
  try {
    build();
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

/** The policy of `template` whose logical id starts with `name` (fails unless there is exactly one). */
function policyNamed(template: Template, name: string): Json {
  const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([id]) => id.startsWith(`${SnapshotShareFunction.ID}${name}`));
  expect(policies).toHaveLength(1);
  return policies[0][1].Properties.PolicyDocument;
}

/** The one share policy of `template`: what the handler may do to the declared snapshots. */
const sharePolicy = (template: Template): Json => policyNamed(template, 'SharePolicy');

const CLAIM_TAGS_ONLY = { 'ForAllValues:StringLike': { 'aws:TagKeys': 'private-access-constructs:share:*' }, 'Null': { 'aws:TagKeys': 'false' } };

describe('SnapshotShareFunction', () => {
  test('is one function, role and log group per stack, however many shares ask for it', () => {
    // GIVEN
    const app = validatedApp();
    const first = new Stack(app, 'First');
    const second = new Stack(app, 'Second');
    // WHEN
    const shareFunctions = [
      share(first, 'A', snapshotArn('a'), accounts(2)),
      share(new Construct(first, 'Nested'), 'B', snapshotArn('b'), accounts(3)),
      share(first, 'C', snapshotArn('c'), accounts(1)),
      share(second, 'D', snapshotArn('d'), accounts(1)),
    ];
    // THEN
    expect(shareFunctions[1]).toBe(shareFunctions[0]);
    expect(shareFunctions[2]).toBe(shareFunctions[0]);
    expect(shareFunctions[3]).not.toBe(shareFunctions[0]);
    expect(shareFunctions[0].node.path).toBe(`First/${SnapshotShareFunction.ID}`);
    for (const stack of [first, second]) {
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::Lambda::Function', 1);
      template.resourceCountIs('AWS::IAM::Role', 1);
      template.resourceCountIs('AWS::Logs::LogGroup', 1);
      // the share policy and the release policy
      template.resourceCountIs('AWS::IAM::Policy', 2);
    }
    const shares = Template.fromStack(first).findResources(SNAPSHOT_SHARE_RESOURCE_TYPE);
    expect(Object.values(shares).map(r => r.Properties.ServiceToken))
      .toEqual(Array(3).fill({ 'Fn::GetAtt': [expect.stringMatching(/^PrivateAccessConstructsSnapshotShareProviderFunction/), 'Arn'] }));
    synthValidated(first);
  });

  test('one policy lists each share\'s snapshot ARN, for granting and writing claim tags only', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    share(stack, 'A', snapshotArn('a'), accounts(1));
    share(stack, 'B', snapshotArn('b'), accounts(1));
    // THEN
    expect(sharePolicy(Template.fromStack(stack))).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'redshift:AuthorizeSnapshotAccess', Resource: [snapshotArn('a'), snapshotArn('b')] },
        { Effect: 'Allow', Action: 'redshift:CreateTags', Resource: [snapshotArn('a'), snapshotArn('b')], Condition: CLAIM_TAGS_ONLY },
      ],
    });
    expect(CLAIM_TAG_KEYS).toBe('private-access-constructs:share:*');
  });

  test('the release policy lets the function read any snapshot and its own stack, revoke on any snapshot of its account '
    + 'and region, and remove claim tags only; it names no snapshot, so it never changes between deployments', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    share(stack, 'A', snapshotArn('a'), accounts(1));
    // THEN
    const anySnapshot = {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':redshift:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':snapshot:*/*']],
    };
    expect(policyNamed(Template.fromStack(stack), 'ReleasePolicy')).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'redshift:DescribeClusterSnapshots', Resource: '*' },
        { Effect: 'Allow', Action: 'cloudformation:DescribeStacks', Resource: { Ref: 'AWS::StackId' } },
        { Effect: 'Allow', Action: 'redshift:RevokeSnapshotAccess', Resource: anySnapshot },
        { Effect: 'Allow', Action: 'redshift:DeleteTags', Resource: anySnapshot, Condition: CLAIM_TAGS_ONLY },
      ],
    });
    const other = validatedStack();
    for (const name of ['x', 'y', 'z']) share(other, name, snapshotArn(name), accounts(3));
    expect(policyNamed(Template.fromStack(other), 'ReleasePolicy')).toEqual(policyNamed(Template.fromStack(stack), 'ReleasePolicy'));
  });

  test.each([1, 20])('the policy is the same whether each of 3 shares has 1 or %i accounts', n => {
    // GIVEN
    const oneAccount = validatedStack();
    const many = validatedStack();
    // WHEN
    for (const name of ['a', 'b', 'c']) {
      share(oneAccount, name, snapshotArn(name), accounts(1));
      share(many, name, snapshotArn(name), accounts(n));
    }
    // THEN
    const policy = sharePolicy(Template.fromStack(many));
    expect(policy).toEqual(sharePolicy(Template.fromStack(oneAccount)));
    expect(policy.Statement[0].Resource).toHaveLength(3);
    synthValidated(many);
  });

  test('a snapshot granted twice is listed once', () => {
    // GIVEN
    const stack = validatedStack();
    const shareFunction = SnapshotShareFunction.of(stack);
    // WHEN
    shareFunction.grantShare(snapshotArn('a'));
    shareFunction.grantShare(snapshotArn('a'));
    // THEN
    expect(sharePolicy(Template.fromStack(stack)).Statement[0].Resource).toEqual(snapshotArn('a'));
  });

  test('a token snapshot ARN is listed as the token', () => {
    // GIVEN
    const stack = validatedStack();
    const arn = stack.formatArn({
      service: 'redshift', resource: 'snapshot', resourceName: 'my-cluster/my-snapshot', arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    expect(Token.isUnresolved(arn)).toBe(true);
    // WHEN
    SnapshotShareFunction.of(stack).grantShare(arn);
    // THEN
    expect(sharePolicy(Template.fromStack(stack)).Statement[0].Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':redshift:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':snapshot:my-cluster/my-snapshot']],
    });
  });

  test('the role has no managed policy; its logging policy writes only to the function\'s own log group', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    share(stack, 'A', snapshotArn('a'), accounts(1));
    // THEN
    const template = Template.fromStack(stack);
    const [logGroup] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    const [role] = Object.values(template.findResources('AWS::IAM::Role'));
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
    expect(role.Properties.Policies).toEqual([{
      PolicyName: 'Logs',
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [logGroup, 'Arn'] } }],
      },
    }]);
    template.hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: { LogGroup: { Ref: logGroup } } });
  });

  test('the only wildcard resources are the release policy\'s, which grant nothing', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    share(stack, 'A', snapshotArn('a'), accounts(20));
    share(stack, 'B', snapshotArn('b'), accounts(20));
    // THEN
    const template = Template.fromStack(stack);
    const statements = [
      ...Object.values(template.findResources('AWS::IAM::Policy')).map(p => p.Properties.PolicyDocument),
      ...Object.values(template.findResources('AWS::IAM::Role')).flatMap(r => (r.Properties.Policies ?? []).map((p: Json) => p.PolicyDocument)),
    ].flatMap(document => document.Statement);
    const wildcards = statements.filter(s => JSON.stringify(s.Resource).includes('*')).map(s => s.Action);
    expect(wildcards).toEqual(['redshift:DescribeClusterSnapshots', 'redshift:RevokeSnapshotAccess', 'redshift:DeleteTags']);
  });

  test('the release policy acknowledges its two wildcards for cdk-nag (AwsSolutions-IAM5), with the reason', () => {
    // GIVEN
    const stack = new Stack(validatedApp(), 'Stack', { env: { account: OWNER, region: 'eu-west-1' } });
    // WHEN
    share(stack, 'A', snapshotArn('a'), accounts(1));
    // THEN
    const release = stack.node.findChild(SnapshotShareFunction.ID).node.findChild('ReleasePolicy');
    const acknowledged = release.node.metadata.filter(m => m.type === 'aws:cdk:acknowledged-rules').flatMap(m => Object.keys(m.data));
    expect(acknowledged.map(id => id.replace(/^annotation::/i, ''))).toEqual([
      'AwsSolutions-IAM5[Resource::*]',
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:redshift:eu-west-1:${OWNER}:snapshot:*/*]`,
    ]);
  });

  test('runs the shipped handler on Node.js 24 with a timeout it can answer within', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    share(stack, 'A', snapshotArn('a'), accounts(1));
    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Handler: 'snapshot-share/index.handler',
      Timeout: 900,
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^PrivateAccessConstructsSnapshotShareProviderRole'), 'Arn'] },
    });
  });

  test('the function waits for the share and release policies, so no custom resource calls it before it may share', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    share(stack, 'A', snapshotArn('a'), accounts(1));
    // THEN
    const template = Template.fromStack(stack);
    const policies = Object.keys(template.findResources('AWS::IAM::Policy'));
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(policies).toHaveLength(2);
    expect(fn.DependsOn).toEqual(expect.arrayContaining(policies));
  });

  test('the code asset holds the compiled handler only, no sources or declarations', () => {
    // GIVEN
    const app = new App();
    const stack = new Stack(app, 'Stack');
    share(stack, 'A', snapshotArn('a'), accounts(1));
    // WHEN
    const assembly = app.synth();
    // THEN
    const assets = fs.readdirSync(assembly.directory).filter(name => name.startsWith('asset.'));
    expect(assets).toHaveLength(1);
    // The .js files exist once the library is compiled (as `npm test` does before jest).
    const folder = path.join(__dirname, '..', '..', 'lib', 'aws', 'private', 'handlers');
    const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap(entry => entry.isDirectory() ? files(path.join(dir, entry.name)).map(f => `${entry.name}/${f}`) : [entry.name]);
    const modules = files(folder).filter(name => name.endsWith('.ts') && !name.endsWith('.d.ts')).map(name => name.replace(/\.ts$/, '.js'));
    const compiled = fs.existsSync(path.join(folder, 'snapshot-share', 'index.js'));
    expect(modules).toContain('snapshot-share/index.js');
    expect(files(path.join(assembly.directory, assets[0])).sort()).toEqual(compiled ? modules.sort() : []);
  });

  describe('log retention', () => {
    const retentionOf = (stack: Stack) =>
      Object.values(Template.fromStack(stack).findResources('AWS::Logs::LogGroup'))[0].Properties?.RetentionInDays;

    test.each([
      ['no share sets it: the default, one year', [undefined, undefined], 365],
      ['one share sets it', [undefined, logs.RetentionDays.ONE_MONTH], 30],
      ['two shares set the same', [logs.RetentionDays.ONE_WEEK, logs.RetentionDays.ONE_WEEK], 7],
      ['the shortest', [logs.RetentionDays.ONE_DAY], 1],
      ['the longest before infinite', [logs.RetentionDays.TEN_YEARS], 3653],
      ['infinite: no retention', [logs.RetentionDays.INFINITE], undefined],
    ])('%s', (_case, retentions, days) => {
      // GIVEN
      const stack = validatedStack();
      // WHEN
      retentions.forEach((retention, i) => share(stack, `S${i}`, snapshotArn(`s${i}`), accounts(1), retention));
      // THEN
      expect(retentionOf(stack)).toBe(days);
      synthValidated(stack);
    });

    test('the default is one year', () => {
      expect(DEFAULT_LOG_RETENTION).toBe(logs.RetentionDays.ONE_YEAR);
    });

    test('two shares asking for different retentions fail, naming the property and the first share', () => {
      // GIVEN
      const stack = validatedStack();
      share(stack, 'First', snapshotArn('a'), accounts(1), logs.RetentionDays.ONE_MONTH);
      // WHEN
      const error = validationError(() => share(stack, 'Second', snapshotArn('b'), accounts(1), logs.RetentionDays.ONE_WEEK));
      // THEN
      expect(error.message).toContain('Stack/Second');
      expect(error.message).toMatch(/logRetention: 7 must match the log retention 30 set by Stack\/First/);
      expect(retentionOf(stack)).toBe(30);
    });

    test.each([42, -1, 1.5])('%p is not a retention', days => {
      // GIVEN
      const stack = validatedStack();
      // WHEN
      const error = validationError(() => SnapshotShareFunction.of(stack, { logRetention: days as logs.RetentionDays }));
      // THEN
      expect(error.message).toMatch(/logRetention: .* must be one of logs.RetentionDays/);
    });
  });
});
