import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { edgeLines } from '../support/access-map';

/** The edge lines of one input file written with `content`. */
async function linesOf(name: string, content: unknown): Promise<string[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kms-access-')), name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return edgeLines((await accessMapOf([file])).map);
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
    // GIVEN a Terraform key, key policy or grant (beside the key the others name)
    const config = { resource: { [type]: { k: args }, ...type === 'aws_kms_key' ? {} : { aws_kms_key: { main: {} } } } };
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
});
