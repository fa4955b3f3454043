import { App, CfnParameter, CfnResource, Fn, Lazy, RemovalPolicy, Resource, Stack, Token, aws_redshift as redshift } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { SNAPSHOT_SHARE_RESOURCE_TYPE, SnapshotShareFunction } from '../../lib/aws/private/snapshot-share-function';
import { SnapshotShare, SnapshotShareProps } from '../../lib/aws/snapshot-share';
import { synthValidated, validatedApp, validatedStack } from '../support/aws';
import { expectViolation, validationErrorOf } from '../support/validation';

const OWNER = '111122223333';
const A = '123456789012';
const B = '210987654321';
const C = '333344445555';
const SNAPSHOT_ARN = `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:my-cluster/my-snapshot`;

/** A share by identifier and cluster, with the given overrides. */
function props(overrides: Partial<SnapshotShareProps> = {}): SnapshotShareProps {
  return { snapshotIdentifier: 'my-snapshot', snapshotClusterIdentifier: 'my-cluster', accounts: [A, B], ...overrides };
}

type Json = any;

/** The share resources of a template, by logical id. */
function shares(template: Template): Record<string, Json> {
  return template.findResources(SNAPSHOT_SHARE_RESOURCE_TYPE);
}

/** The properties of the one share resource of `stack`. */
function shareProperties(stack: Stack): Json {
  const resources = Object.values(shares(Template.fromStack(stack)));
  expect(resources).toHaveLength(1);
  return resources[0].Properties;
}

const ACCOUNTS = (n: number) => Array.from({ length: n }, (_, i) => String(100000000000 + i));

/** The statements of the provider's share policy (what the handler may do to the declared snapshots). */
function sharePolicyStatements(stack: Stack): any[] {
  const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
  const [id] = Object.keys(policies).filter(logicalId => logicalId.includes('SharePolicy'));
  return policies[id].Properties.PolicyDocument.Statement;
}

describe('SnapshotShare', () => {
  test('is one custom resource carrying the account set, on the stack\'s snapshot share function', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    // WHEN
    const share = new SnapshotShare(stack, 'Share', props());
    // THEN
    const template = Template.fromStack(stack);
    const fn = stack.getLogicalId(SnapshotShareFunction.of(stack).handlerFunction.node.defaultChild as any);
    expect(shareProperties(stack)).toEqual({
      ServiceToken: { 'Fn::GetAtt': [fn, 'Arn'] },
      SnapshotIdentifier: 'my-snapshot',
      SnapshotClusterIdentifier: 'my-cluster',
      Accounts: [A, B],
    });
    expect(share.node.defaultChild).toBe(share.resource);
    expect(share.resource.cfnResourceType).toBe('Custom::RedshiftSnapshotShare');
    template.resourceCountIs('Custom::AWS', 0);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    synthValidated(stack);
  });

  test('scopes granting (and writing the claim tag) to the snapshot ARN, in the provider\'s one share policy', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    // WHEN
    new SnapshotShare(stack, 'Share', props());
    // THEN
    const arn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:redshift:eu-west-1:${OWNER}:snapshot:my-cluster/my-snapshot`]] };
    expect(sharePolicyStatements(stack)).toEqual([
      { Action: 'redshift:AuthorizeSnapshotAccess', Effect: 'Allow', Resource: arn },
      {
        Action: 'redshift:CreateTags',
        Effect: 'Allow',
        Resource: arn,
        Condition: { 'ForAllValues:StringLike': { 'aws:TagKeys': 'private-access-constructs:share:*' }, 'Null': { 'aws:TagKeys': 'false' } },
      },
    ]);
  });

  test('with the ARN, the permissions name the ARN and the resource passes it', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    // WHEN
    const share = new SnapshotShare(stack, 'Share', { snapshotArn: SNAPSHOT_ARN, accounts: [A] });
    // THEN
    expect(sharePolicyStatements(stack)[0]).toMatchObject({ Action: 'redshift:AuthorizeSnapshotAccess', Resource: SNAPSHOT_ARN });
    expect(shareProperties(stack)).toEqual({ ServiceToken: expect.anything(), SnapshotArn: SNAPSHOT_ARN, Accounts: [A] });
    expect(share.snapshotArn).toBe(SNAPSHOT_ARN);
    expect(share.ownerAccount).toBe(OWNER);
    synthValidated(stack);
  });

  test('without the cluster, the permissions cover snapshot:*/<name> and a warning says why', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    new SnapshotShare(stack, 'Share', { snapshotIdentifier: 'my-snapshot', accounts: [A] });
    // THEN
    expect(sharePolicyStatements(stack)[0].Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':redshift:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':snapshot:*/my-snapshot']],
    });
    expect(shareProperties(stack)).toEqual({ ServiceToken: expect.anything(), SnapshotIdentifier: 'my-snapshot', Accounts: [A] });
    Annotations.fromStack(stack).hasWarning('/Stack/Share', Match.stringLikeRegexp('snapshotClusterIdentifier is not set'));
    synthValidated(stack);
  });

  test('naming the same snapshot by ARN instead of identifier keeps the logical id (an update the handler sees as the same snapshot)', () => {
    // GIVEN two versions of a share of the same snapshot
    const byId = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    new SnapshotShare(byId, 'Share', props({ accounts: [A] }));
    const byArn = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    new SnapshotShare(byArn, 'Share', { snapshotArn: SNAPSHOT_ARN, accounts: [A] });
    // WHEN
    const ids = [byId, byArn].map(s => Object.keys(shares(Template.fromStack(s))));
    // THEN
    expect(ids[0]).toHaveLength(1);
    expect(ids[1]).toEqual(ids[0]);
  });

  test('three shares of 20 accounts each use one function and one share policy that lists the three snapshots', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    for (const name of ['one', 'two', 'three']) {
      new SnapshotShare(stack, name, props({ snapshotIdentifier: name, accounts: ACCOUNTS(20) }));
    }
    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs(SNAPSHOT_SHARE_RESOURCE_TYPE, 3);
    // the share policy and the release policy, whatever the number of shares and accounts
    template.resourceCountIs('AWS::IAM::Policy', 2);
    const statements = sharePolicyStatements(stack);
    expect(statements).toHaveLength(2);
    for (const statement of statements) expect(statement.Resource).toHaveLength(3);
    for (const resource of Object.values(shares(template))) expect(resource.Properties.Accounts).toHaveLength(20);
    synthValidated(stack);
  });

  describe('an update', () => {
    function version(accounts: string[]): Json {
      const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
      new SnapshotShare(stack, 'Share', props({ accounts }));
      synthValidated(stack);
      return Template.fromStack(stack).toJSON().Resources;
    }

    test('that removes one account changes only the Accounts of the one resource', () => {
      // GIVEN
      const before = version([A, B, C]);
      // WHEN B is removed
      const after = version([A, C]);
      // THEN
      expect(Object.keys(after)).toEqual(Object.keys(before));
      const changed = Object.keys(after).filter(id => JSON.stringify(after[id]) !== JSON.stringify(before[id]));
      expect(changed).toHaveLength(1);
      expect(before[changed[0]].Properties.Accounts).toEqual([A, B, C].sort());
      expect(after[changed[0]].Properties).toEqual({ ...before[changed[0]].Properties, Accounts: [A, C].sort() });
    });

    test('that reorders accounts changes nothing', () => {
      expect(version([C, A, B])).toEqual(version([A, B, C]));
    });
  });

  describe('applyRemovalPolicy', () => {
    test('RETAIN keeps the grants: the custom resource is retained, so its Delete (the revoke) is never sent', () => {
      // GIVEN
      const stack = validatedStack();
      const share = new SnapshotShare(stack, 'Share', props());
      // WHEN
      share.applyRemovalPolicy(RemovalPolicy.RETAIN);
      // THEN
      Template.fromStack(stack).hasResource(SNAPSHOT_SHARE_RESOURCE_TYPE, { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      synthValidated(stack);
    });

    test('by default the resource is deleted, which revokes', () => {
      const stack = validatedStack();
      new SnapshotShare(stack, 'Share', props());
      Template.fromStack(stack).hasResource(SNAPSHOT_SHARE_RESOURCE_TYPE, { DeletionPolicy: Match.absent() });
    });
  });

  describe('snapshot (a CfnSnapshot of the app)', () => {
    test('names the snapshot by its identifier and cluster and deploys after it', () => {
      // GIVEN (us-east-1: AWS's validator in aws-cdk-lib 2.276 does not know AWS::Redshift::Snapshot in eu-west-1 yet)
      const stack = validatedStack('Stack', { account: OWNER, region: 'us-east-1' });
      const snapshot = new redshift.CfnSnapshot(stack, 'Snapshot', { clusterIdentifier: 'my-cluster', snapshotIdentifier: 'nightly' });
      // WHEN
      const share = new SnapshotShare(stack, 'Share', { snapshot, accounts: [A] });
      // THEN
      expect(shareProperties(stack)).toEqual({
        ServiceToken: expect.anything(), SnapshotIdentifier: 'nightly', SnapshotClusterIdentifier: 'my-cluster', Accounts: [A],
      });
      Template.fromStack(stack).hasResource(SNAPSHOT_SHARE_RESOURCE_TYPE, { DependsOn: ['Snapshot'] });
      expect(stack.resolve(share.snapshotArn)).toEqual({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:redshift:us-east-1:${OWNER}:snapshot:my-cluster/nightly`]],
      });
      Annotations.fromStack(stack).hasNoWarning('/Stack/Share', Match.anyValue());
      synthValidated(stack);
    });

    test('a snapshot of a cluster of the app reaches the resource as tokens', () => {
      // GIVEN
      const stack = validatedStack();
      const cluster = new redshift.CfnCluster(stack, 'Cluster', {
        clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'dev', masterUsername: 'admin', manageMasterPassword: true,
      });
      const snapshot = new redshift.CfnSnapshot(stack, 'Snapshot', {
        clusterIdentifier: cluster.ref, snapshotIdentifier: new CfnParameter(stack, 'SnapshotName').valueAsString,
      });
      // WHEN
      new SnapshotShare(stack, 'Share', { snapshot, accounts: [A] });
      // THEN
      expect(shareProperties(stack)).toEqual({
        ServiceToken: expect.anything(), SnapshotIdentifier: { Ref: 'SnapshotName' }, SnapshotClusterIdentifier: { Ref: 'Cluster' }, Accounts: [A],
      });
      synthValidated(stack);
    });

    test('literal identifiers of the snapshot are checked, and snapshotClusterIdentifier may not be given with it', () => {
      const stack = validatedStack();
      const snapshot = new redshift.CfnSnapshot(stack, 'Snapshot', { clusterIdentifier: 'My_Cluster', snapshotIdentifier: 'nightly-' });
      const error = validationErrorOf(() => new SnapshotShare(stack, 'Share', { snapshot, snapshotClusterIdentifier: 'my-cluster', accounts: [A] }));
      expect(error.violations.map(v => v.property).sort()).toEqual(['snapshot.clusterIdentifier', 'snapshot.snapshotIdentifier', 'snapshotClusterIdentifier']);
      expect(error.message).toContain('snapshotClusterIdentifier: "my-cluster" must not be given together with snapshot: the snapshot names its cluster');
    });

    test('something other than a CfnSnapshot is named', () => {
      const stack = validatedStack();
      const notASnapshot = new redshift.CfnClusterSubnetGroup(stack, 'Group', { description: 'x', subnetIds: ['subnet-0123456789abcdef0'] });
      expectViolation(() => new SnapshotShare(stack, 'Share', { snapshot: notASnapshot as any, accounts: [A] }), 'snapshot',
        /must be a CfnSnapshot \(AWS::Redshift::Snapshot\)/);
    });
  });

  describe('logRetention', () => {
    test('sets the retention of the handler\'s log group', () => {
      const stack = validatedStack();
      new SnapshotShare(stack, 'Share', props({ logRetention: logs.RetentionDays.THREE_MONTHS }));
      Template.fromStack(stack).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
      synthValidated(stack);
    });

    test('defaults to one year', () => {
      const stack = validatedStack();
      new SnapshotShare(stack, 'Share', props());
      Template.fromStack(stack).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
    });

    test('two shares of a stack that disagree are a ValidationError naming logRetention', () => {
      const stack = validatedStack();
      new SnapshotShare(stack, 'One', props({ logRetention: logs.RetentionDays.ONE_MONTH }));
      expectViolation(() => new SnapshotShare(stack, 'Two', props({ snapshotIdentifier: 'two', logRetention: logs.RetentionDays.ONE_WEEK })),
        'logRetention', /must match the log retention 30 set by Stack\/One/);
    });
  });

  describe('encryptionKey', () => {
    // Restoring a shared encrypted snapshot needs the key shared with kms:Decrypt (Redshift Management Guide,
    // https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html#snapshot-share-access-kms-key);
    // kms:ViaService keeps that use inside Redshift in the key's region
    // (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service).
    const GRANT_OPERATIONS = ['Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'ReEncryptFrom',
      'ReEncryptTo', 'DescribeKey', 'CreateGrant', 'RetireGrant'];
    const principals = (...accounts: string[]) => accounts.map(a => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${a}:root`]] }));
    const keyStatements = (stack: Stack) => Template.fromStack(stack).toJSON().Resources.Key961B73FD.Properties.KeyPolicy.Statement;

    test.each<[string, { account: string; region: string } | undefined, unknown]>([
      ['a literal region', { account: OWNER, region: 'eu-west-1' }, 'redshift.eu-west-1.amazonaws.com'],
      ['an env-agnostic stack', undefined, { 'Fn::Join': ['', ['redshift.', { Ref: 'AWS::Region' }, '.amazonaws.com']] }],
    ])('with %s, lets each account use the key only through Redshift in the key\'s region, for a restore', (_case, env, service) => {
      // GIVEN
      const stack = validatedStack('Stack', env);
      const key = new kms.Key(stack, 'Key');
      // WHEN
      const share = new SnapshotShare(stack, 'Share', props({ accounts: [A, 'amazon-redshift-support'], encryptionKey: key }));
      share.addAccount(B);
      // THEN the key's own first statement (the account's admin access) is followed by exactly these two
      expect(keyStatements(stack).slice(1)).toEqual([
        {
          Action: ['kms:Decrypt', 'kms:DescribeKey'],
          Condition: { StringEquals: { 'kms:ViaService': service } },
          Effect: 'Allow',
          Principal: { AWS: principals(A, B) },
          Resource: '*',
        },
        {
          Action: 'kms:CreateGrant',
          Condition: {
            'StringEquals': { 'kms:ViaService': service },
            'Bool': { 'kms:GrantIsForAWSResource': true },
            'ForAllValues:StringEquals': { 'kms:GrantOperations': GRANT_OPERATIONS },
          },
          Effect: 'Allow',
          Principal: { AWS: principals(A, B) },
          Resource: '*',
        },
      ]);
      synthValidated(stack);
    });

    test.each<[string, string]>([
      // Actions a grantee could use the key with directly, or to encrypt with the owner's key outside a restore.
      ['kms:Encrypt', 'encrypting with the owner\'s key'],
      ['kms:GenerateDataKey', 'making data keys under the owner\'s key'],
      ['kms:ReEncrypt*', 're-encrypting under the owner\'s key'],
      ['kms:*', 'everything'],
    ])('grants no grantee %s (%s), with or without conditions', (action) => {
      const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
      new SnapshotShare(stack, 'Share', props({ accounts: [A], encryptionKey: new kms.Key(stack, 'Key') }));
      const toGrantee = keyStatements(stack).filter((st: any) => JSON.stringify(st.Principal).includes(A));
      expect(toGrantee).toHaveLength(2);
      expect(toGrantee.flatMap((st: any) => [st.Action].flat())).not.toContain(action);
    });

    test('lets the share handler read the key (kms:DescribeKey), which authorizing access to an encrypted snapshot needs', () => {
      // GIVEN two shares of snapshots encrypted with one key
      const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
      const key = new kms.Key(stack, 'Key');
      // WHEN
      new SnapshotShare(stack, 'One', props({ snapshotIdentifier: 'one', accounts: [A], encryptionKey: key }));
      new SnapshotShare(stack, 'Two', props({ snapshotIdentifier: 'two', accounts: [B], encryptionKey: key }));
      // THEN the one share policy lists the key once
      expect(sharePolicyStatements(stack)[2]).toEqual({
        Action: 'kms:DescribeKey', Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Key961B73FD', 'Arn'] },
      });
      synthValidated(stack);
    });

    test('without a key, the handler gets no KMS permission', () => {
      const stack = validatedStack();
      new SnapshotShare(stack, 'Share', props());
      expect(JSON.stringify(Template.fromStack(stack).findResources('AWS::IAM::Policy'))).not.toContain('kms:');
    });

    test('shared only with AWS Support leaves the key policy alone', () => {
      const stack = validatedStack();
      const key = new kms.Key(stack, 'Key');
      new SnapshotShare(stack, 'Share', props({ accounts: ['amazon-redshift-support'], encryptionKey: key }));
      expect(Template.fromStack(stack).toJSON().Resources.Key961B73FD.Properties.KeyPolicy.Statement).toHaveLength(1);
      synthValidated(stack);
    });

    test('an imported key fails, naming encryptionKey, instead of being ignored', () => {
      const stack = validatedStack();
      const key = kms.Key.fromKeyArn(stack, 'Key', `arn:aws:kms:eu-west-1:${OWNER}:key/1234abcd-12ab-34cd-56ef-1234567890ab`);
      const error = validationErrorOf(() => new SnapshotShare(stack, 'Share', props({ encryptionKey: key })));
      expect(error.violations.map(v => v.property)).toEqual(['encryptionKey']);
      expect(error.message).toMatch(/encryptionKey: "Stack\/Key" must be a key defined in this app.*kms:Decrypt, kms:DescribeKey, kms:CreateGrant \(with kms:ViaService redshift.<region>.amazonaws.com\)/);
    });
  });

  describe('addAccount', () => {
    test('adds the account to the resource\'s account set', () => {
      // GIVEN
      const stack = validatedStack();
      const share = new SnapshotShare(stack, 'Share', props({ accounts: [B] }));
      // WHEN
      share.addAccount(A);
      // THEN
      expect(share.accounts).toEqual([B, A]);
      expect(shareProperties(stack).Accounts).toEqual([A, B]);
      synthValidated(stack);
    });

    test('an account added after a first synth reaches the template of the next forced synth', () => {
      // GIVEN an app synthesized once
      const app = new App();
      const stack = new Stack(app, 'Stack', { env: { account: OWNER, region: 'eu-west-1' } });
      const share = new SnapshotShare(stack, 'Share', props({ accounts: [B] }));
      const accountsIn = (assembly: ReturnType<App['synth']>) => Object.values<any>(assembly.getStackByName('Stack').template.Resources)
        .find(r => r.Type === SNAPSHOT_SHARE_RESOURCE_TYPE).Properties.Accounts;
      expect(accountsIn(app.synth())).toEqual([B]);
      // WHEN
      share.addAccount(A);
      // THEN
      expect(accountsIn(app.synth({ force: true }))).toEqual([A, B]);
    });

    test('past 20 accounts fails at synth, naming accounts', () => {
      // GIVEN 20 accounts
      const stack = validatedStack();
      const twenty = ACCOUNTS(20);
      const share = new SnapshotShare(stack, 'Share', props({ accounts: twenty }));
      synthValidated(stack);
      // WHEN
      const stack2 = validatedStack();
      const share2 = new SnapshotShare(stack2, 'Share', props({ accounts: twenty }));
      share2.addAccount(A);
      // THEN
      expect(share.accounts).toHaveLength(20);
      expect(() => synthValidated(stack2)).toThrow(/accounts: .* must have 1–20 accounts \(the per-snapshot limit\) \(has 21\)/);
    });

    test.each<[string, unknown, RegExp]>([
      ['a 12-digit number', 123456789013, /accounts\[1\]: 123456789013 must be a string/],
      ['null', null, /accounts\[1\]: null must be a string, not null/],
      ['undefined', undefined, /accounts\[1\]: not set is required \(a string\)/],
      ['a list', ['123456789013'], /accounts\[1\]: \["123456789013"\] must be a string/],
    ])('an account given as %s (from plain JavaScript) fails now, naming the entry', (_what, account, message) => {
      // GIVEN
      const share = new SnapshotShare(validatedStack(), 'Share', props({ accounts: [A] }));
      // WHEN / THEN
      expect(() => share.addAccount(account as any)).toThrow(message);
      expect(share.accounts).toEqual([A]);
    });

    test('an invalid, repeated or own account fails now, naming the entry', () => {
      const stack = validatedStack('Stack', { account: OWNER });
      const share = new SnapshotShare(stack, 'Share', props({ accounts: [A] }));
      expect(() => share.addAccount('12345')).toThrow(/accounts\[1\]: "12345" must be a 12-digit AWS account id or "amazon-redshift-support"/);
      expect(() => share.addAccount(A)).toThrow(/accounts\[1\]: "123456789012" repeats accounts\[0\] \(each must be given once\)/);
      expect(() => share.addAccount(OWNER)).toThrow(/accounts\[1\]: "111122223333" must not be the stack's own account/);
      expect(share.accounts).toEqual([A]);
    });
  });

  describe('tokens', () => {
    test('every prop as a token synthesizes and reaches the resource', () => {
      // GIVEN
      const stack = validatedStack();
      const id = new CfnParameter(stack, 'SnapshotId').valueAsString;
      const cluster = Lazy.string({ produce: () => 'my-cluster' });
      const account = new CfnParameter(stack, 'Account').valueAsString;
      const retention = new CfnParameter(stack, 'Retention', { type: 'Number', default: 30 }).valueAsNumber;
      // WHEN
      const byId = new SnapshotShare(stack, 'ById', {
        snapshotIdentifier: id, snapshotClusterIdentifier: cluster, accounts: [account, Token.asString(Fn.importValue('OtherAccount'))], logRetention: retention,
      });
      const byArn = new SnapshotShare(stack, 'ByArn', { snapshotArn: Fn.importValue('SnapshotArn'), accounts: [account] });
      // THEN
      const template = Template.fromStack(stack);
      const resources = shares(template);
      expect(resources[stack.getLogicalId(byId.resource)].Properties).toEqual({
        ServiceToken: expect.anything(),
        SnapshotIdentifier: { Ref: 'SnapshotId' },
        SnapshotClusterIdentifier: 'my-cluster',
        Accounts: [{ 'Fn::ImportValue': 'OtherAccount' }, { Ref: 'Account' }],
      });
      expect(resources[stack.getLogicalId(byArn.resource)].Properties).toEqual({
        ServiceToken: expect.anything(), SnapshotArn: { 'Fn::ImportValue': 'SnapshotArn' }, Accounts: [{ Ref: 'Account' }],
      });
      template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: { Ref: 'Retention' } });
      synthValidated(stack);
    });

    test('the logical id never depends on the accounts, literal or token', () => {
      const ids = [[A], [B, new CfnParameter(new Stack(), 'P').valueAsString]].map(accounts => {
        const stack = validatedStack();
        new SnapshotShare(stack, 'Share', props({ accounts: accounts.map(a => Token.isUnresolved(a) ? new CfnParameter(stack, 'Account').valueAsString : a) }));
        return Object.keys(shares(Template.fromStack(stack)));
      });
      expect(ids[0]).toHaveLength(1);
      expect(ids[1]).toEqual(ids[0]);
    });

    test('a token list of accounts fails, naming accounts: its size, entries and key grants could not be checked', () => {
      const stack = validatedStack();
      const accounts = new CfnParameter(stack, 'Accounts', { type: 'CommaDelimitedList' }).valueAsList;
      expect(() => new SnapshotShare(stack, 'Share', props({ accounts })))
        .toThrow(/accounts: .* must be a literal list \(its entries may be tokens\): the 20-account limit, duplicates, the owner account and the key grants/);
    });

    test('two token accounts that resolve alike are a duplicate', () => {
      const stack = validatedStack();
      const p = new CfnParameter(stack, 'Account');
      expect(() => new SnapshotShare(stack, 'Share', props({ accounts: [p.valueAsString, p.valueAsString] })))
        .toThrow(/accounts\[1\]: <token> repeats accounts\[0\]/);
    });
  });

  test('a rule that quotes another prop cuts it: a 1 MB snapshotClusterIdentifier makes a short message', () => {
    // GIVEN
    const huge = 'c'.repeat(1024 * 1024);
    // WHEN
    const error = validationErrorOf(() => new SnapshotShare(validatedStack(), 'Share', {
      snapshotArn: SNAPSHOT_ARN, snapshotClusterIdentifier: huge, accounts: [A],
    }));
    // THEN both the cluster's own violation and the ARN's, which quotes the cluster, stay short
    expect(error.violations.map(v => v.property).sort()).toEqual(['snapshotArn', 'snapshotClusterIdentifier']);
    expect(error.message.length).toBeLessThan(2000);
    expect(error.message).toMatch(/must name the cluster given in snapshotClusterIdentifier \("c+…\)/);
  });

  test('reports every violation at once: accounts, snapshotIdentifier and snapshotArn', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    const error = validationErrorOf(() => new SnapshotShare(stack, 'Share', {
      snapshotIdentifier: 'my-snapshot',
      snapshotArn: SNAPSHOT_ARN,
      accounts: ['123', A, A],
    }));
    // THEN one error names them all; the conflicting pair is reported once, on the first of the two
    expect(error.constructPath).toBe('Stack/Share');
    const properties = error.violations.map(v => v.property);
    expect(properties).toEqual(expect.arrayContaining(['snapshotIdentifier', 'accounts[2]', 'accounts[0]']));
    expect(error.message).toMatch(/^Stack\/Share: 3 invalid properties/);
    expect(error.message).toContain('accounts[0]: "123" must be a 12-digit AWS account id');
    expect(error.message).toContain('accounts[2]: "123456789012" repeats accounts[1] (each must be given once)');
    expect(error.message).toContain(`snapshotIdentifier: "my-snapshot" must not be given together with snapshotArn "${SNAPSHOT_ARN}" `
      + '(give exactly one of snapshotIdentifier, snapshotArn and snapshot)');
    expect(stack.node.tryFindChild('Share')?.node.children ?? []).toHaveLength(0);
  });

  test('requires the snapshot', () => {
    const stack = validatedStack();
    expect(() => new SnapshotShare(stack, 'Share', { accounts: [A] })).toThrow(/snapshotIdentifier: not set must be given when snapshotArn and snapshot are not \(give exactly one of snapshotIdentifier, snapshotArn and snapshot\)/);
  });

  test('refuses the stack account and the snapshot owner', () => {
    const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    const error = validationErrorOf(() => new SnapshotShare(stack, 'Share', { snapshotIdentifier: 'snap', accounts: [A, OWNER] }));
    expect(error.violations).toEqual([expect.objectContaining({ property: 'accounts[1]', message: expect.stringMatching(/stack's own account/) })]);

    const agnostic = validatedStack();
    const arnError = validationErrorOf(() => new SnapshotShare(agnostic, 'Share', { snapshotArn: SNAPSHOT_ARN, accounts: [OWNER] }));
    expect(arnError.message).toMatch(/accounts\[0\]: "111122223333" must not be the snapshot's owner account/);
  });

  test('refuses an ARN from another region or account, or of another cluster than snapshotClusterIdentifier', () => {
    const stack = validatedStack('Stack', { account: OWNER, region: 'us-east-1' });
    expect(() => new SnapshotShare(stack, 'Region', { snapshotArn: SNAPSHOT_ARN, accounts: [A] }))
      .toThrow(/snapshotArn: .* must be in the stack's region \("us-east-1"\)/);
    const stack2 = validatedStack('Stack', { account: C, region: 'eu-west-1' });
    expect(() => new SnapshotShare(stack2, 'Account', { snapshotArn: SNAPSHOT_ARN, accounts: [A] }))
      .toThrow(/snapshotArn: .* must be owned by the stack's account \("333344445555"\)/);
    const stack3 = validatedStack();
    expect(() => new SnapshotShare(stack3, 'Cluster', { snapshotArn: SNAPSHOT_ARN, snapshotClusterIdentifier: 'other', accounts: [A] }))
      .toThrow(/snapshotArn: .* must name the cluster given in snapshotClusterIdentifier \("other"\)/);
    const ok = new SnapshotShare(stack3, 'Same', { snapshotArn: SNAPSHOT_ARN, snapshotClusterIdentifier: 'my-cluster', accounts: [A] });
    expect(ok.accounts).toEqual([A]);
    synthValidated(stack3);
  });

  test('is a Resource whose default child is the one custom resource', () => {
    // GIVEN
    const app = validatedApp();
    const stack = new Stack(app, 'Stack');
    // WHEN
    const share = new SnapshotShare(stack, 'Share', props());
    // THEN
    expect(share).toBeInstanceOf(Resource);
    expect(share.node.children.map(c => c.node.id)).toEqual(['Resource']);
    expect(share.env.account).toBe(stack.account);
    const rendered = Object.entries<{ Type: string }>(app.synth().getStackByName('Stack').template.Resources)
      .filter(([, resource]) => resource.Type === 'Custom::RedshiftSnapshotShare');
    expect(rendered.map(([logicalId]) => logicalId)).toEqual([stack.getLogicalId(share.node.defaultChild as CfnResource)]);
  });
});
