import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { edgeLines } from '../support/access-map';

/** Writes `files` (name to content) into a new folder; returns the path of the first. */
function written(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kms-access-'));
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return path.join(dir, Object.keys(files)[0]);
}

/** The edge lines of one input file written with `content`. */
async function linesOf(name: string, content: unknown): Promise<string[]> {
  return edgeLines((await accessMapOf([written({ [name]: content })])).map);
}

/** A template of one key whose policy has `statement`. */
function keyTemplate(statement: Record<string, unknown>, type = 'AWS::KMS::Key'): unknown {
  return { Resources: { Key: { Type: type, Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*', ...statement }] } } } } };
}

const PARTNER = { AWS: 'arn:aws:iam::222233334444:root' };

describe('the access map of KMS keys', () => {
  test.each([
    ['kms:Decrypt*', { Action: 'kms:Decrypt*' }],
    ['kms:De* in a list', { Action: ['kms:Encrypt', 'kms:De*'] }],
    ['kms:?ecrypt', { Action: 'kms:?ecrypt' }],
    ['kms:CreateGrant, with which the account grants itself Decrypt', { Action: 'kms:CreateGrant' }],
    ['a NotAction that leaves Decrypt in', { NotAction: ['kms:Encrypt', 'kms:ScheduleKeyDeletion'] }],
  ])('an Allow of %s lets the principal decrypt', async (_case, statement) => {
    // GIVEN a key policy that names its actions by a wildcard, or all but some
    // WHEN it is mapped
    const lines = await linesOf('key.template.json', keyTemplate({ Principal: PARTNER, ...statement }));
    // THEN the account may decrypt
    expect(lines).toEqual(['222233334444 decrypt key:Key <- Key KeyPolicy.Statement[0].Principal.AWS']);
  });

  test.each([
    ['kms:Encrypt', { Action: 'kms:Encrypt' }],
    ['kms:En*', { Action: 'kms:En*' }],
    ['a NotAction of kms:*', { NotAction: 'kms:*' }],
    ['a NotAction of kms:Decrypt and kms:CreateGrant', { NotAction: ['kms:Decrypt', 'kms:CreateGrant'] }],
  ])('an Allow of %s gives no decrypt access', async (_case, statement) => {
    // GIVEN a key policy whose actions do not include decrypting
    // WHEN it is mapped
    // THEN nothing is mapped
    expect(await linesOf('key.template.json', keyTemplate({ Principal: PARTNER, ...statement }))).toEqual([]);
  });

  test('an Allow with NotPrincipal lets every principal it does not name decrypt, and is risky', async () => {
    // GIVEN a statement that allows everyone but one account
    // WHEN it is mapped
    const lines = await linesOf('key.template.json', keyTemplate({ NotPrincipal: PARTNER, Action: 'kms:Decrypt' }));
    // THEN anyone may decrypt
    expect(lines).toEqual(['! * decrypt key:Key <- Key KeyPolicy.Statement[0].NotPrincipal']);
  });

  test.each([
    ['kms:CallerAccount', { 'kms:CallerAccount': ['222233334444', '333344445555'] },
      ['222233334444 decrypt key:Key <- Key KeyPolicy.Statement[0].Condition.StringEquals.kms:CallerAccount[0]',
        '333344445555 decrypt key:Key <- Key KeyPolicy.Statement[0].Condition.StringEquals.kms:CallerAccount[1]']],
    ['aws:PrincipalAccount', { 'aws:PrincipalAccount': '222233334444' },
      ['222233334444 decrypt key:Key <- Key KeyPolicy.Statement[0].Condition.StringEquals.aws:PrincipalAccount']],
    ['aws:PrincipalOrgID', { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
      ['o-a1b2c3d4e5 decrypt key:Key <- Key KeyPolicy.Statement[0].Condition.StringEquals.aws:PrincipalOrgID']],
  ])('a * principal limited by StringEquals on %s is the accounts it names, not anyone', async (_case, equals, expected) => {
    // GIVEN a * principal whose condition names the callers' accounts or organization
    // WHEN it is mapped
    const lines = await linesOf('key.template.json', keyTemplate({ Principal: '*', Action: 'kms:Decrypt', Condition: { StringEquals: equals } }));
    // THEN those may decrypt, and nothing is flagged as open to any principal
    expect(lines).toEqual(expected);
  });

  test('a * principal with a condition on something else stays anyone', async () => {
    // GIVEN a condition that does not limit the caller's account
    const statement = { Principal: { AWS: '*' }, Action: 'kms:Decrypt', Condition: { StringEquals: { 'kms:ViaService': 'redshift.eu-west-1.amazonaws.com' } } };
    // WHEN / THEN
    expect(await linesOf('key.template.json', keyTemplate(statement))).toEqual(['! * decrypt key:Key <- Key KeyPolicy.Statement[0].Principal.AWS']);
  });

  test('an AWS::KMS::ReplicaKey policy is read like a key policy', async () => {
    // GIVEN a replica key shared with another account
    // WHEN / THEN
    expect(await linesOf('key.template.json', keyTemplate({ Principal: PARTNER, Action: 'kms:Decrypt' }, 'AWS::KMS::ReplicaKey')))
      .toEqual(['222233334444 decrypt key:Key <- Key KeyPolicy.Statement[0].Principal.AWS']);
  });

  const POLICY = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: PARTNER, Action: 'kms:Decrypt', Resource: '*' }] });
  test.each([
    ['aws_kms_key', 'a literal policy', { policy: POLICY }, '222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS'],
    ['aws_kms_replica_key', 'a literal policy', { policy: POLICY }, '222233334444 decrypt key:aws_kms_replica_key.k <- aws_kms_replica_key.k policy.Statement[0].Principal.AWS'],
    ['aws_kms_key_policy', 'a literal policy', { key_id: '${aws_kms_key.main.id}', policy: POLICY },
      '222233334444 decrypt key:aws_kms_key.main <- aws_kms_key_policy.k policy.Statement[0].Principal.AWS'],
    ['aws_kms_grant', 'Decrypt among its operations', { key_id: '${aws_kms_key.main.id}', grantee_principal: 'arn:aws:iam::222233334444:role/restorer', operations: ['Decrypt', 'DescribeKey'] },
      'arn:aws:iam::222233334444:role/restorer decrypt key:aws_kms_key.main <- aws_kms_grant.k grantee_principal'],
    ['aws_kms_key', 'a policy known only after apply', { policy: '${data.aws_iam_policy_document.key.json}' },
      '! ${data.aws_iam_policy_document.key.json} decrypt key:aws_kms_key.k <- aws_kms_key.k policy'],
  ])('a Terraform %s with %s gives decrypt access', async (type, _case, args, expected) => {
    // GIVEN a Terraform key, key policy or grant (beside the key the others name, whose own policy lets no one decrypt)
    const main = { aws_kms_key: { main: { policy: JSON.stringify({ Statement: [] }) } } };
    const config = { resource: { [type]: { k: args }, ...type === 'aws_kms_key' ? {} : main } };
    // WHEN it is mapped
    // THEN the account or principal may decrypt, or who may is unknown until apply
    expect(await linesOf('main.tf.json', config)).toEqual([expected]);
  });

  test('an aws_kms_grant without Decrypt gives no decrypt access', async () => {
    // GIVEN a grant to encrypt only
    const config = { resource: { aws_kms_grant: { k: { key_id: 'k', grantee_principal: 'arn:aws:iam::222233334444:root', operations: ['Encrypt'] } } } };
    // WHEN / THEN
    expect(await linesOf('main.tf.json', config)).toEqual([]);
  });

  describe('a key without a policy of its own has the default key policy: only its own account may use it, as the map never draws', () => {
    test.each([
      ['an AWS::KMS::Key without KeyPolicy', 'key.template.json', { Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { Description: 'restores' } } } }],
      ['an aws_kms_key without policy', 'main.tf.json', { resource: { aws_kms_key: { k: { description: 'restores' } } } }],
      ['an aws_kms_replica_key without policy', 'main.tf.json', { resource: { aws_kms_replica_key: { k: { primary_key_arn: 'arn:aws:kms:eu-west-1:111122223333:key/mrk-1' } } } }],
    ])('%s: no one else may decrypt, and nothing is risky', async (_case, name, content) => {
      // GIVEN a key that leaves its policy to AWS KMS
      // WHEN it is mapped
      const { map } = await accessMapOf([written({ [name]: content })], { knownAccounts: new Set(['222233334444']) });
      // THEN no one may decrypt but its own account, which the map does not draw
      expect(edgeLines(map)).toEqual([]);
    });

    test('a key without KeyPolicy and one whose policy names its own account map alike, so replacing one by the other is no change', async () => {
      // GIVEN a template whose key has no policy, and the same key with the default key policy written out
      const ownAccountPolicy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } }, Action: 'kms:*', Resource: '*' }],
      };
      const before = written({ 'Analytics.template.json': { Resources: { Key: { Type: 'AWS::KMS::Key' } } } });
      const after = written({ 'Analytics.template.json': { Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: ownAccountPolicy } } } } });
      // WHEN both are mapped
      const [old, current] = [await accessMapOf([before]), await accessMapOf([after])];
      // THEN neither draws who may decrypt
      expect(edgeLines(old.map)).toEqual([]);
      expect(edgeLines(current.map)).toEqual([]);
    });

    /** A plan creating keys, each with its `values`, `unknown` (`after_unknown`) and `expressions` (its configuration). */
    function plan(keys: Array<{ name: string; values: object; unknown: object; expressions?: object }>): unknown {
      return {
        format_version: '1.2',
        planned_values: { root_module: { resources: keys.map(k => ({ address: `aws_kms_key.${k.name}`, mode: 'managed', type: 'aws_kms_key', name: k.name, values: k.values })) } },
        resource_changes: keys.map(k => ({ address: `aws_kms_key.${k.name}`, change: { actions: ['create'], after: k.values, after_unknown: k.unknown } })),
        configuration: { root_module: { resources: keys.map(k => ({ address: `aws_kms_key.${k.name}`, mode: 'managed', type: 'aws_kms_key', name: k.name, expressions: k.expressions ?? {} })) } },
      };
    }

    test('in a plan, a policy known after apply is the default only where the configuration does not set it', async () => {
      // GIVEN a plan of two new keys whose policies the provider computes: one the configuration leaves out, one it
      // sets from a policy document
      const content = plan([
        { name: 'plain', values: { description: 'x' }, unknown: { arn: true, policy: true } },
        { name: 'shared', values: {}, unknown: { arn: true, policy: true }, expressions: { policy: { references: ['data.aws_iam_policy_document.key.json'] } } },
      ]);
      // WHEN the plan is mapped, and the same plan without its configuration
      const lines = await linesOf('plan.json', content);
      const withoutConfiguration = await linesOf('plan.json', { ...content as object, configuration: undefined });
      // THEN the first has the default key policy (its own account only, not drawn); who may use the second stays
      // unknown until apply, and risky; and where the plan does not say what the configuration sets, both stay unknown
      expect(lines).toEqual([
        '! aws_kms_key.shared.policy (known after apply) decrypt key:aws_kms_key.shared <- aws_kms_key.shared policy',
      ]);
      expect(withoutConfiguration).toEqual([
        '! aws_kms_key.plain.policy (known after apply) decrypt key:aws_kms_key.plain <- aws_kms_key.plain policy',
        '! aws_kms_key.shared.policy (known after apply) decrypt key:aws_kms_key.shared <- aws_kms_key.shared policy',
      ]);
    });

    test('a key that an aws_kms_key_policy names, or may name, has that policy, not the default', async () => {
      // GIVEN three keys without policy: one named by a key policy resource, one by another whose key ID is a variable,
      // and one in another configuration that no key policy names
      const config = {
        resource: {
          aws_kms_key: { named: {} },
          aws_kms_key_policy: {
            named: { key_id: '${aws_kms_key.named.id}', policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: PARTNER, Action: 'kms:Decrypt', Resource: '*' }] }) },
          },
        },
      };
      const unknownKeyId = { resource: { aws_kms_key: { maybe: {} }, aws_kms_key_policy: { p: { key_id: '${var.key_id}', policy: '${var.policy}' } } } };
      const other = { resource: { aws_kms_key: { other: {} } } };
      // WHEN they are mapped
      const { map } = await accessMapOf([written({ 'main.tf.json': config }), written({ 'main.tf.json': unknownKeyId }), written({ 'main.tf.json': other })]);
      // THEN the keys a policy resource names, or may name, show its who; the other has the default key policy: none
      expect(edgeLines(map)).toEqual([
        '222233334444 decrypt key:aws_kms_key.named <- aws_kms_key_policy.named policy.Statement[0].Principal.AWS',
        '! ${var.policy} decrypt key:${var.key_id} <- aws_kms_key_policy.p policy',
      ]);
    });
  });
});
