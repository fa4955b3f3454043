import { CfnParameter, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { SnapshotShare, SnapshotShareProps } from '../../lib/aws/snapshot-share';
import { synthValidated, validatedApp, validatedStack } from '../support/aws';
import { validationErrorOf } from '../support/validation';

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

/**
 * Parses one SDK call (`Create`, `Update` or `Delete`) of a `Custom::AWS` resource. A call with tokens inside is an
 * `Fn::Join`: each token becomes the placeholder `@@<n>@@`, and a string that is exactly a placeholder is put back as
 * the intrinsic it stands for, so assertions can compare `{ Ref: ... }` directly.
 */
function sdkCall(resource: Json, phase: 'Create' | 'Update' | 'Delete'): Json {
  const value = resource.Properties[phase];
  if (typeof value === 'string') return JSON.parse(value);
  const tokens: Json[] = [];
  const text = (value['Fn::Join'][1] as Json[])
    .map(part => typeof part === 'string' ? part : `@@${tokens.push(part) - 1}@@`).join('');
  return JSON.parse(text, (_k, v) => {
    const m = typeof v === 'string' ? /^@@(\d+)@@$/.exec(v) : null;
    return m ? tokens[Number(m[1])] : v;
  });
}

function shares(template: Template): Record<string, Json> {
  return template.findResources('Custom::AWS');
}

describe('SnapshotShare', () => {
  test('creates one custom resource per account that authorizes on create and update and revokes on delete', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    // WHEN
    new SnapshotShare(stack, 'Share', props());
    // THEN
    const template = Template.fromStack(stack);
    const resources = shares(template);
    expect(Object.keys(resources).sort()).toEqual([
      expect.stringMatching(/^ShareAccount123456789012[0-9A-F]{8}$/),
      expect.stringMatching(/^ShareAccount210987654321[0-9A-F]{8}$/),
    ]);
    for (const account of [A, B]) {
      const [resource] = Object.values(resources).filter(r => sdkCall(r, 'Create').parameters.AccountWithRestoreAccess === account);
      const parameters = {
        AccountWithRestoreAccess: account,
        SnapshotIdentifier: 'my-snapshot',
        SnapshotClusterIdentifier: 'my-cluster',
      };
      const authorize = {
        service: 'Redshift',
        action: 'authorizeSnapshotAccess',
        parameters,
        physicalResourceId: { id: `my-snapshot:${account}` },
        ignoreErrorCodesMatching: '^AuthorizationAlreadyExists(Fault)?$',
        outputPaths: ['Snapshot.SnapshotIdentifier'],
      };
      expect(sdkCall(resource, 'Create')).toEqual(authorize);
      expect(sdkCall(resource, 'Update')).toEqual(authorize);
      expect(sdkCall(resource, 'Delete')).toEqual({
        ...authorize,
        action: 'revokeSnapshotAccess',
        ignoreErrorCodesMatching: '^(AuthorizationNotFound|ClusterSnapshotNotFound)(Fault)?$',
      });
      expect(resource.Properties.InstallLatestAwsSdk).toBe(false);
    }
    synthValidated(stack);
  });

  test('the revoke ignores exactly the not-found errors, by their SDK v3 names', () => {
    // GIVEN
    const stack = validatedStack();
    new SnapshotShare(stack, 'Share', props({ accounts: [A] }));
    const [resource] = Object.values(shares(Template.fromStack(stack)));
    // WHEN
    const revokeIgnores = new RegExp(sdkCall(resource, 'Delete').ignoreErrorCodesMatching);
    const authorizeIgnores = new RegExp(sdkCall(resource, 'Create').ignoreErrorCodesMatching);
    // THEN the handler tests `error.name` (v3: the class name, ending in Fault)
    for (const name of ['AuthorizationNotFoundFault', 'ClusterSnapshotNotFoundFault', 'AuthorizationNotFound', 'ClusterSnapshotNotFound']) {
      expect(revokeIgnores.test(name)).toBe(true);
    }
    for (const name of ['AccessToSnapshotDeniedFault', 'UnsupportedOperationFault', 'AccessDeniedException', 'XAuthorizationNotFoundFault', 'AuthorizationNotFoundFaultX']) {
      expect(revokeIgnores.test(name)).toBe(false);
    }
    expect(authorizeIgnores.test('AuthorizationAlreadyExistsFault')).toBe(true);
    for (const name of ['AuthorizationQuotaExceededFault', 'ClusterSnapshotNotFoundFault', 'InvalidClusterSnapshotStateFault', 'LimitExceededFault']) {
      expect(authorizeIgnores.test(name)).toBe(false);
    }
  });

  test('scopes the permissions to the snapshot ARN, never *', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    // WHEN
    new SnapshotShare(stack, 'Share', props());
    // THEN
    const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
    expect(Object.keys(policies)).toHaveLength(2);
    for (const policy of Object.values(policies)) {
      expect(policy.Properties.PolicyDocument.Statement).toEqual([{
        Action: ['redshift:AuthorizeSnapshotAccess', 'redshift:RevokeSnapshotAccess'],
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:redshift:eu-west-1:${OWNER}:snapshot:my-cluster/my-snapshot`]] },
      }]);
      expect(policy.Properties.Roles).toEqual([{ Ref: expect.stringMatching(/^AWS679f53fac002430cb0da5b7982bd2287ServiceRole/) }]);
    }
    expect(JSON.stringify(policies)).not.toMatch(/"Resource":"\*"|"\*"\]/);
  });

  test('with the ARN, the permissions name the ARN and the calls pass it', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    // WHEN
    const share = new SnapshotShare(stack, 'Share', { snapshotArn: SNAPSHOT_ARN, accounts: [A] });
    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Resource: SNAPSHOT_ARN })] },
    });
    const [resource] = Object.values(shares(template));
    expect(sdkCall(resource, 'Create').parameters).toEqual({ AccountWithRestoreAccess: A, SnapshotArn: SNAPSHOT_ARN });
    expect(sdkCall(resource, 'Delete').parameters).toEqual({ AccountWithRestoreAccess: A, SnapshotArn: SNAPSHOT_ARN });
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
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [Match.objectLike({
          Resource: {
            'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':redshift:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':snapshot:*/my-snapshot']],
          },
        })],
      },
    });
    expect(sdkCall(Object.values(shares(template))[0], 'Create').parameters).toEqual({ AccountWithRestoreAccess: A, SnapshotIdentifier: 'my-snapshot' });
    Annotations.fromStack(stack).hasWarning('/Stack/Share', Match.stringLikeRegexp('snapshotClusterIdentifier is not set'));
    synthValidated(stack);
  });

  test('the physical id depends on snapshot name and account only, so naming the same snapshot by ARN revokes nothing', () => {
    // GIVEN two versions of a share of the same snapshot
    const byId = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    new SnapshotShare(byId, 'Share', props({ accounts: [A] }));
    const byArn = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
    new SnapshotShare(byArn, 'Share', { snapshotArn: SNAPSHOT_ARN, accounts: [A] });
    // WHEN
    const ids = [byId, byArn].map(s => Object.values(shares(Template.fromStack(s))).map(r => sdkCall(r, 'Update').physicalResourceId));
    // THEN
    expect(ids[0]).toEqual([{ id: `my-snapshot:${A}` }]);
    expect(ids[1]).toEqual(ids[0]);
  });

  test('many shares in a stack use one handler function', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    new SnapshotShare(stack, 'One', props({ snapshotIdentifier: 'one' }));
    new SnapshotShare(stack, 'Two', props({ snapshotIdentifier: 'two', accounts: [C] }));
    new SnapshotShare(stack, 'Three', { snapshotArn: SNAPSHOT_ARN, accounts: [A, B, C] });
    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('Custom::AWS', 6);
    const fn = Object.keys(template.findResources('AWS::Lambda::Function'))[0];
    for (const resource of Object.values(shares(template))) {
      expect(resource.Properties.ServiceToken).toEqual({ 'Fn::GetAtt': [fn, 'Arn'] });
    }
    synthValidated(stack);
  });

  describe('an update', () => {
    function version(accounts: string[]): Template {
      const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
      new SnapshotShare(stack, 'Share', props({ accounts }));
      synthValidated(stack);
      return Template.fromStack(stack);
    }

    test('that removes one account removes exactly its resource and leaves the others unchanged', () => {
      // GIVEN
      const before = version([A, B, C]).toJSON().Resources;
      // WHEN B is removed
      const after = version([A, C]).toJSON().Resources;
      // THEN
      const removed = Object.keys(before).filter(id => !(id in after));
      expect(removed.sort()).toEqual([
        expect.stringMatching(/^ShareAccount210987654321[0-9A-F]{8}$/),
        expect.stringMatching(/^ShareAccount210987654321CustomResourcePolicy[0-9A-F]{8}$/),
      ]);
      expect(before[removed[0]].Type).toBe('Custom::AWS');
      expect(Object.keys(after).filter(id => !(id in before))).toEqual([]);
      for (const id of Object.keys(after)) expect(after[id]).toEqual(before[id]);
      expect(sdkCall(before[removed[0]], 'Delete').parameters.AccountWithRestoreAccess).toBe(B);
      expect(Object.values(after).filter((r: any) => r.Type === 'Custom::AWS')).toHaveLength(2);
    });

    test('that reorders accounts changes nothing', () => {
      expect(version([C, A, B]).toJSON()).toEqual(version([A, B, C]).toJSON());
    });
  });

  describe('encryptionKey', () => {
    test('grants each account only the key actions a restore needs', () => {
      // GIVEN
      const stack = validatedStack('Stack', { account: OWNER, region: 'eu-west-1' });
      const key = new kms.Key(stack, 'Key');
      // WHEN
      const share = new SnapshotShare(stack, 'Share', props({ accounts: [A, 'amazon-redshift-support'], encryptionKey: key }));
      share.addAccount(B);
      // THEN
      const principals = [A, B].map(a => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${a}:root`]] }));
      const statements = Template.fromStack(stack).toJSON().Resources.Key961B73FD.Properties.KeyPolicy.Statement;
      expect(statements.slice(1)).toEqual([
        { Action: ['kms:DescribeKey', 'kms:Decrypt'], Effect: 'Allow', Principal: { AWS: principals }, Resource: '*' },
        {
          Action: 'kms:CreateGrant',
          Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
          Effect: 'Allow',
          Principal: { AWS: principals },
          Resource: '*',
        },
      ]);
      synthValidated(stack);
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
      expect(error.message).toMatch(/encryptionKey: "Stack\/Key" must be a key defined in this app.*kms:DescribeKey, kms:Decrypt, kms:CreateGrant/);
    });
  });

  describe('addAccount', () => {
    test('adds one resource for the account', () => {
      // GIVEN
      const stack = validatedStack();
      const share = new SnapshotShare(stack, 'Share', props({ accounts: [A] }));
      // WHEN
      share.addAccount(B);
      // THEN
      expect(share.accounts).toEqual([A, B]);
      const resources = Object.values(shares(Template.fromStack(stack)));
      expect(resources.map(r => sdkCall(r, 'Create').parameters.AccountWithRestoreAccess).sort()).toEqual([A, B].sort());
      synthValidated(stack);
    });

    test('past 20 accounts fails at synth, naming accounts', () => {
      // GIVEN 20 accounts
      const stack = validatedStack();
      const twenty = Array.from({ length: 20 }, (_, i) => `1000000000${String(i).padStart(2, '0')}`);
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

    test('an invalid, repeated or own account fails now, naming the entry', () => {
      const stack = validatedStack('Stack', { account: OWNER });
      const share = new SnapshotShare(stack, 'Share', props({ accounts: [A] }));
      expect(() => share.addAccount('12345')).toThrow(/accounts\[1\]: "12345" must be a 12-digit AWS account id or "amazon-redshift-support"/);
      expect(() => share.addAccount(A)).toThrow(/accounts: "123456789012" is already shared with/);
      expect(() => share.addAccount(OWNER)).toThrow(/accounts\[1\]: "111122223333" must not be the stack's own account/);
      expect(share.accounts).toEqual([A]);
    });
  });

  describe('tokens', () => {
    test('every prop as a token synthesizes and reaches the calls', () => {
      // GIVEN
      const stack = validatedStack();
      const id = new CfnParameter(stack, 'SnapshotId').valueAsString;
      const cluster = Lazy.string({ produce: () => 'my-cluster' });
      const account = new CfnParameter(stack, 'Account').valueAsString;
      // WHEN
      new SnapshotShare(stack, 'ById', { snapshotIdentifier: id, snapshotClusterIdentifier: cluster, accounts: [account, Token.asString(Fn.importValue('OtherAccount'))] });
      new SnapshotShare(stack, 'ByArn', { snapshotArn: Fn.importValue('SnapshotArn'), accounts: [account] });
      // THEN
      const template = Template.fromStack(stack);
      const calls = Object.values(shares(template)).map(r => sdkCall(r, 'Create'));
      expect(calls).toHaveLength(3);
      expect(calls).toContainEqual(expect.objectContaining({
        parameters: { AccountWithRestoreAccess: { Ref: 'Account' }, SnapshotIdentifier: { Ref: 'SnapshotId' }, SnapshotClusterIdentifier: 'my-cluster' },
      }));
      expect(calls).toContainEqual(expect.objectContaining({
        parameters: { AccountWithRestoreAccess: { 'Fn::ImportValue': 'OtherAccount' }, SnapshotIdentifier: { Ref: 'SnapshotId' }, SnapshotClusterIdentifier: 'my-cluster' },
      }));
      expect(calls).toContainEqual(expect.objectContaining({
        parameters: { AccountWithRestoreAccess: { Ref: 'Account' }, SnapshotArn: { 'Fn::ImportValue': 'SnapshotArn' } },
      }));
      synthValidated(stack);
    });

    test('a token account keeps its resource id when other accounts change', () => {
      const ids = [[A], [B, A]].map(others => {
        const stack = validatedStack();
        const account = new CfnParameter(stack, 'Account').valueAsString;
        new SnapshotShare(stack, 'Share', props({ accounts: [...others, account] }));
        return Object.keys(shares(Template.fromStack(stack))).filter(k => !k.includes(A) && !k.includes(B));
      });
      expect(ids[0]).toHaveLength(1);
      expect(ids[1]).toEqual(ids[0]);
    });

    test('a token list of accounts fails, naming accounts: each account needs its own resource', () => {
      const stack = validatedStack();
      const accounts = new CfnParameter(stack, 'Accounts', { type: 'CommaDelimitedList' }).valueAsList;
      expect(() => new SnapshotShare(stack, 'Share', props({ accounts }))).toThrow(/accounts: .* must be a literal list/);
    });

    test('two token accounts that resolve alike are a duplicate', () => {
      const stack = validatedStack();
      const p = new CfnParameter(stack, 'Account');
      expect(() => new SnapshotShare(stack, 'Share', props({ accounts: [p.valueAsString, p.valueAsString] })))
        .toThrow(/accounts: .* more than once/);
    });
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
    expect(properties).toEqual(expect.arrayContaining(['snapshotIdentifier', 'accounts', 'accounts[0]']));
    expect(error.message).toMatch(/^Stack\/Share: 3 invalid properties/);
    expect(error.message).toContain('accounts[0]: "123" must be a 12-digit AWS account id');
    expect(error.message).toContain('accounts: ["123","123456789012","123456789012"] must not contain "123456789012" more than once');
    expect(error.message).toContain(`snapshotIdentifier: "my-snapshot" must not be given together with snapshotArn "${SNAPSHOT_ARN}" `
      + '(give exactly one of snapshotIdentifier and snapshotArn)');
    expect(stack.node.tryFindChild('Share')?.node.children ?? []).toHaveLength(0);
  });

  test('requires the snapshot', () => {
    const stack = validatedStack();
    expect(() => new SnapshotShare(stack, 'Share', { accounts: [A] })).toThrow(/snapshotIdentifier: not set must be given when snapshotArn is not \(give exactly one of snapshotIdentifier and snapshotArn\)/);
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
      .toThrow(/snapshotArn: .* must be in the stack's region \(us-east-1\)/);
    const stack2 = validatedStack('Stack', { account: C, region: 'eu-west-1' });
    expect(() => new SnapshotShare(stack2, 'Account', { snapshotArn: SNAPSHOT_ARN, accounts: [A] }))
      .toThrow(/snapshotArn: .* must be owned by the stack's account \(333344445555\)/);
    const stack3 = validatedStack();
    expect(() => new SnapshotShare(stack3, 'Cluster', { snapshotArn: SNAPSHOT_ARN, snapshotClusterIdentifier: 'other', accounts: [A] }))
      .toThrow(/snapshotArn: .* must name the cluster given in snapshotClusterIdentifier \(other\)/);
    const ok = new SnapshotShare(stack3, 'Same', { snapshotArn: SNAPSHOT_ARN, snapshotClusterIdentifier: 'my-cluster', accounts: [A] });
    expect(ok.accounts).toEqual([A]);
    synthValidated(stack3);
  });

  test('is a construct tree of one resource per account', () => {
    const app = validatedApp();
    const stack = new Stack(app, 'Stack');
    const share = new SnapshotShare(stack, 'Share', props());
    expect(share.node.children.map(c => c.node.id).sort()).toEqual([`Account${A}`, `Account${B}`]);
    expect(app.synth().getStackByName('Stack').template.Resources).toBeDefined();
  });
});
