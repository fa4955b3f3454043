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

  test('HCL: a statement whose Effect is computed may allow: its principal is drawn', async () => {
    // GIVEN a statement whose Effect comes from a variable
    const policy = 'jsonencode({ Statement = [{ Effect = var.effect, Principal = { AWS = "222233334444" }, Action = "kms:Decrypt" }] })';
    // WHEN / THEN
    expect(await linesOf('main.tf', key(policy))).toEqual(['222233334444 decrypt key:aws_kms_key.k <- aws_kms_key.k policy.Statement[0].Principal.AWS']);
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

