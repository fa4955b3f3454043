import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { AccessMap } from '../../lib/access-map/model';
import { edgeLines } from '../support/access-map';

/** The map of a configuration of one file, `name` with `content`. */
async function accessMapOfFile(name: string, content: string): Promise<AccessMap> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-policies-'));
  fs.writeFileSync(path.join(dir, name), content);
  return (await accessMapOf([dir])).map;
}

/** The edge lines of a configuration of one file, `name` with `content`. */
async function linesOf(name: string, content: string): Promise<string[]> {
  return edgeLines(await accessMapOfFile(name, content));
}

/** A KMS key in HCL whose policy is `policy`. */
const key = (policy: string, more = '') => `${more}
resource "aws_kms_key" "k" {
  policy = ${policy}
}
`;

const PARTNER_STATEMENT = '{ Sid = "partner", Effect = "Allow", Principal = { AWS = "arn:aws:iam::222233334444:root" }, Action = "kms:Decrypt", Resource = "*" }';

describe('policies written as jsonencode of a literal', () => {
  test('HCL: a key policy\'s statements are read; a principal with an interpolation is unknown, never dropped', async () => {
    // GIVEN a key policy that lets a partner decrypt, and a principal from a variable
    const lines = await linesOf('main.tf', key(`jsonencode({
    Version = "2012-10-17"
    Statement = [
      ${PARTNER_STATEMENT},
      { Sid = "other", Effect = "Allow", Principal = { AWS = "arn:aws:iam::\${var.account}:root" }, Action = ["kms:Decrypt"], Resource = "*" },
      { Sid = "encrypt", Effect = "Allow", Principal = { AWS = "arn:aws:iam::333344445555:root" }, Action = "kms:Encrypt", Resource = "*" },
    ]
  })`));
    // WHEN it is mapped
    // THEN the partner may decrypt, and so may whoever the variable names (unknown); the encrypting account may not
    expect(lines).toEqual([
      '222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS',
      '! arn:aws:iam::${var.account}:root decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[1].Principal.AWS',
    ]);
  });

  test('Terraform JSON: a key policy written as cdktf writes jsonencode is read', async () => {
    // GIVEN a cdk.tf.json-shaped key whose policy is `${jsonencode(...)}` with quoted keys
    const policy = '${jsonencode({"Statement" = [{"Effect" = "Allow", "Principal" = {"AWS" = "arn:aws:iam::222233334444:root"}, "Action" = "kms:Decrypt", "Resource" = aws_kms_key.other.arn}]})}';
    const lines = await linesOf('main.tf.json', JSON.stringify({ resource: { aws_kms_key: { k: { policy } } } }));
    // WHEN / THEN
    expect(lines).toEqual(['222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS']);
  });

  test('HCL: a Serverless resource policy on a snapshot is read', async () => {
    // GIVEN a resource policy that lets a partner restore a snapshot
    const lines = await linesOf('main.tf', `
resource "aws_redshiftserverless_resource_policy" "r" {
  resource_arn = aws_redshiftserverless_snapshot.main.arn
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = ["222233334444"] }, Action = ["redshift-serverless:RestoreFromSnapshot"] }]
  })
}
resource "aws_redshiftserverless_snapshot" "main" {
  snapshot_name  = "nightly"
  namespace_name = "ns"
}
`);
    // WHEN / THEN
    expect(lines).toEqual(['222233334444 restore snapshot:aws_redshiftserverless_snapshot.main <- aws_redshiftserverless_resource_policy.r policy.Statement[0].Principal.AWS[0]']);
  });

  test('HCL: a statement whose Effect is computed may allow: its principal is drawn, and marked risky', async () => {
    // GIVEN a statement whose Effect comes from a variable
    const policy = 'jsonencode({ Statement = [{ Effect = var.effect, Principal = { AWS = "222233334444" }, Action = "kms:Decrypt" }] })';
    // WHEN it is mapped
    const map = await accessMapOfFile('main.tf', key(policy));
    // THEN the principal may decrypt, and the reviewer is told that it depends on the variable
    expect(edgeLines(map)).toEqual(['! 222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS']);
    expect(map.edges[0].risks).toEqual(['whether the statement allows or denies is unknown until deploy (Effect: ${var.effect})']);
  });

  test.each([
    ['a for expression', 'jsonencode({ for k, v in local.policy : k => v })',
      '! ${jsonencode({ for k, v in local.policy : k => v })} decrypt key:aws_kms_key.k <- aws_kms_key.k policy'],
    ['statements from a for expression', 'jsonencode({ Statement = [for a in var.accounts : { Effect = "Allow", Principal = { AWS = a }, Action = "kms:Decrypt" }] })',
      '! ${[for a in var.accounts : { Effect = "Allow", Principal = { AWS = a }, Action = "kms:Decrypt" }]} decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0]'],
    ['a merge', 'jsonencode(merge(local.base, { Version = "2012-10-17" }))',
      '! ${jsonencode(merge(local.base, { Version = "2012-10-17" }))} decrypt key:aws_kms_key.k <- aws_kms_key.k policy'],
    ['statements from a local', 'jsonencode({ Version = "2012-10-17", Statement = local.statements })',
      '! ${local.statements} decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0]'],
    ['a principal from a reference', 'jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.r.arn }, Action = "kms:*" }] })',
      '! ${aws_iam_role.r.arn} decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS'],
  ])('HCL: %s stays one unknown who', async (_case, policy, expected) => {
    // GIVEN a key policy Terraform computes, wholly or in part
    // WHEN it is mapped
    // THEN what is unknown is one unknown, risky who
    expect(await linesOf('main.tf', key(policy))).toEqual([expected]);
  });
});

/** An `aws_iam_policy_document` named `key` in HCL, with `body`. */
const document = (body: string) => `
data "aws_iam_policy_document" "key" {
${body}
}
`;

const PARTNER_DECRYPTS = `
  statement {
    sid     = "partner"
    actions = ["kms:Decrypt", "kms:DescribeKey"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::222233334444:root"]
    }
  }`;

describe('policies an aws_iam_policy_document builds', () => {
  const KEY_POLICY = 'data.aws_iam_policy_document.key.json';

  test('HCL: each statement is read as the policy the data source writes: Effect Allow unless told, principals by type', async () => {
    // GIVEN a key policy document that lets a partner decrypt, denies another, lets a third only encrypt,
    // and lets anyone in a fourth account (by kms:CallerAccount) decrypt
    const lines = await linesOf('main.tf', key(KEY_POLICY, document(`${PARTNER_DECRYPTS}
  statement {
    effect  = "Deny"
    actions = ["kms:*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::333344445555:root"]
    }
  }
  statement {
    actions = ["kms:Encrypt"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
  }
  statement {
    actions   = ["kms:CreateGrant"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "kms:CallerAccount"
      values   = ["555566667777"]
    }
  }`)));
    // WHEN it is mapped
    // THEN the partner and the fourth account may decrypt; the denied and the encrypting accounts may not
    expect(lines).toEqual([
      '222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS[0]',
      '555566667777 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[3].Condition.StringEquals.kms:CallerAccount[0]',
    ]);
  });

  test('Terraform JSON: the data source is read the same way', async () => {
    // GIVEN the partner's statement in a .tf.json configuration
    const config = {
      data: { aws_iam_policy_document: { key: { statement: [{ actions: ['kms:Decrypt'], principals: [{ type: 'AWS', identifiers: ['222233334444'] }] }] } } },
      resource: { aws_kms_key: { k: { policy: '${data.aws_iam_policy_document.key.json}' } } },
    };
    // WHEN / THEN
    expect(await linesOf('main.tf.json', JSON.stringify(config)))
      .toEqual(['222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS[0]']);
  });

  test('not_principals lets everyone it does not name decrypt, and is risky', async () => {
    // GIVEN a statement that allows all but one account
    const lines = await linesOf('main.tf', key(KEY_POLICY, document(`
  statement {
    actions = ["kms:Decrypt"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::222233334444:root"]
    }
  }`)));
    // WHEN / THEN
    expect(lines).toEqual(['! * decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].NotPrincipal']);
  });

  test('a Serverless resource policy on a workgroup: the VPCs of the document\'s aws:SourceVpc condition', async () => {
    // GIVEN a cross-account endpoint grant written as a policy document
    const map = await accessMapOfFile('main.tf', `
data "aws_iam_policy_document" "endpoints" {
  statement {
    actions = ["redshift-serverless:CreateEndpointAccess"]
    principals {
      type        = "AWS"
      identifiers = ["222233334444"]
    }
    condition {
      test     = "StringLike"
      variable = "aws:SourceVpc"
      values   = ["vpc-1"]
    }
  }
}
resource "aws_redshiftserverless_workgroup" "main" {
  workgroup_name = "sales"
  namespace_name = "ns"
}
resource "aws_redshiftserverless_resource_policy" "r" {
  resource_arn = aws_redshiftserverless_workgroup.main.arn
  policy       = data.aws_iam_policy_document.endpoints.json
}
`);
    // WHEN / THEN
    expect(edgeLines(map)).toEqual(['222233334444 endpoint workgroup:aws_redshiftserverless_workgroup.main <- aws_redshiftserverless_resource_policy.r policy.Statement[0].Principal.AWS[0]']);
    expect(map.edges[0].vpcs).toEqual(['vpc-1']);
  });

  test('a document of a module is read for the module\'s resources', async () => {
    // GIVEN a module that writes its key and its key's policy document, and a document of the same name at the root
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-policies-'));
    fs.mkdirSync(path.join(dir, 'key'));
    fs.writeFileSync(path.join(dir, 'main.tf'), `module "shared" {\n  source = "./key"\n}\n${document('')}`);
    fs.writeFileSync(path.join(dir, 'key', 'main.tf'), key(KEY_POLICY, document(PARTNER_DECRYPTS)));
    // WHEN it is mapped
    // THEN the module's document is the key's policy
    expect(edgeLines((await accessMapOf([dir])).map))
      .toEqual(['222233334444 decrypt key:module.shared.aws_kms_key.k <- module.shared.aws_kms_key.k policy.Statement[0].Principal.AWS[0]']);
  });

  test.each([
    ['merges source documents', `source_policy_documents = [var.base]\n${PARTNER_DECRYPTS}`],
    ['is overridden by other documents', `override_policy_documents = [var.base]\n${PARTNER_DECRYPTS}`],
    ['generates its statements', 'dynamic "statement" {\n  for_each = var.grants\n  content {\n    actions = ["kms:Decrypt"]\n  }\n}'],
    ['generates its principals', 'statement {\n  actions = ["kms:Decrypt"]\n  dynamic "principals" {\n    for_each = var.grants\n    content {\n      type        = "AWS"\n      identifiers = [principals.value]\n    }\n  }\n}'],
    ['has a principal type from a variable', 'statement {\n  actions = ["kms:Decrypt"]\n  principals {\n    type        = var.type\n    identifiers = ["222233334444"]\n  }\n}'],
  ])('a document that %s stays one unknown who', async (_case, body) => {
    // GIVEN a key policy document the map cannot build alone
    // WHEN it is mapped
    // THEN the key's policy is one unknown, risky who, as before
    expect(await linesOf('main.tf', key(KEY_POLICY, document(body))))
      .toEqual(['! ${data.aws_iam_policy_document.key.json} decrypt key:aws_kms_key.k <- aws_kms_key.k policy']);
  });

  test('a document not in the configuration stays one unknown who', async () => {
    // GIVEN a key that names a document nobody declares
    // WHEN / THEN
    expect(await linesOf('main.tf', key('data.aws_iam_policy_document.elsewhere.json')))
      .toEqual(['! ${data.aws_iam_policy_document.elsewhere.json} decrypt key:aws_kms_key.k <- aws_kms_key.k policy']);
  });

  test.each([
    ['an identifier from a variable', 'identifiers = [var.partner]', '! ${var.partner} decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS[0]'],
    ['identifiers from a variable', 'identifiers = var.partners', '! ${var.partners} decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS[0]'],
  ])('%s is one unknown who in a document read', async (_case, identifiers, expected) => {
    // GIVEN a statement whose principal is computed
    const body = `statement {\n  actions = ["kms:Decrypt"]\n  principals {\n    type = "AWS"\n    ${identifiers}\n  }\n}`;
    // WHEN / THEN
    expect(await linesOf('main.tf', key(KEY_POLICY, document(body)))).toEqual([expected]);
  });
});

describe('the account of aws_caller_identity is the resource\'s own account, which the map never draws', () => {
  const OWN_ROOT = '"arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"';
  const ownAndPartner = `jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "root", Effect = "Allow", Principal = { AWS = ${OWN_ROOT} }, Action = "kms:*", Resource = "*" },
      ${PARTNER_STATEMENT},
    ]
  })`;
  const PARTNER_ONLY = ['222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[1].Principal.AWS'];

  test('jsonencode: the own account\'s root is not drawn, the partner is', async () => {
    // GIVEN the key policy of a real configuration: the own account administers, a partner decrypts
    // WHEN it is mapped
    // THEN only the partner may decrypt
    expect(await linesOf('main.tf', key(ownAndPartner, 'data "aws_caller_identity" "current" {}'))).toEqual(PARTNER_ONLY);
  });

  test.each([
    ['the same aliased provider: the own account is not drawn', 'provider = aws.west', 'provider = aws.west', PARTNER_ONLY],
    ['the default provider, written out on one: the own account is not drawn', 'provider = aws', '', PARTNER_ONLY],
    ['different providers: the identity\'s may sign in to another account, so it is unknown', 'provider = aws.other', '',
      ['! arn:aws:iam::${data.aws_caller_identity.current.account_id}:root decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS', ...PARTNER_ONLY]],
  ])('the identity and the key with %s', async (_case, identityProvider, keyProvider, expected) => {
    // GIVEN the identity and the key with these providers
    const config = `data "aws_caller_identity" "current" {\n  ${identityProvider}\n}\nresource "aws_kms_key" "k" {\n  ${keyProvider}\n  policy = ${ownAndPartner}\n}\n`;
    // WHEN / THEN
    expect(await linesOf('main.tf', config)).toEqual(expected);
  });

  test('an identity that is not declared stays unknown', async () => {
    // GIVEN the key policy without its aws_caller_identity
    // WHEN / THEN
    expect(await linesOf('main.tf', key(ownAndPartner))).toEqual([
      '! arn:aws:iam::${data.aws_caller_identity.current.account_id}:root decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS',
      ...PARTNER_ONLY,
    ]);
  });

  test('in a policy document: identifiers and a kms:CallerAccount condition naming the own account are not drawn', async () => {
    // GIVEN a document that lets the own account's root and its callers decrypt
    const lines = await linesOf('main.tf', key('data.aws_iam_policy_document.key.json', `data "aws_caller_identity" "current" {}\n${document(`
  statement {
    actions = ["kms:*"]
    principals {
      type        = "AWS"
      identifiers = [${OWN_ROOT}]
    }
  }
  statement {
    actions = ["kms:Decrypt"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "kms:CallerAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
  ${PARTNER_DECRYPTS}`)}`));
    // WHEN / THEN
    expect(lines).toEqual(['222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[2].Principal.AWS[0]']);
  });
});
