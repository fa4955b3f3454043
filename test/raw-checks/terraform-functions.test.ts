import { foldTerraformFunctions } from '../../lib/raw-checks/inputs/terraform-functions';
import { UNKNOWN } from '../../lib/raw-checks/inputs/terraform-json';

describe('jsonencode of a literal, folded into its JSON text', () => {
  test.each([
    ['an object of literals, keys sorted as jsonencode writes them', '${jsonencode({ b = "x", a = 1.5, c = true, d = null })}', '{"a":1.5,"b":"x","c":true,"d":null}'],
    ['a tuple with nested objects and tuples', '${jsonencode([{ a = [1, [2, { c = "3" }]] }])}', '[{"a":[1,[2,{"c":"3"}]]}]'],
    ['keys quoted as cdktf writes them', '${jsonencode([{"Effect" = "Allow", "Action" = ["obs:*"]}])}', '[{"Action":["obs:*"],"Effect":"Allow"}]'],
    ['a string with an interpolation, kept as an expression', '${jsonencode({ AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" })}',
      '{"AWS":"arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"}'],
    ['a reference as a value, kept as an expression', '${jsonencode({ Resource = aws_kms_key.k.arn, Action = local.actions })}',
      '{"Action":"${local.actions}","Resource":"${aws_kms_key.k.arn}"}'],
    ['a function call as a value, kept as an expression', '${jsonencode({ a = concat(["x"], var.y) })}', '{"a":"${concat([\\"x\\"], var.y)}"}'],
    ['a multi-line object with comments, as HCL writes it', '${jsonencode({\n  # the version\n  Version = "2012-10-17"\n})}', '{"Version":"2012-10-17"}'],
    ['the characters jsonencode escapes', '${jsonencode({ a = "<b> & c" })}', '{"a":"\\u003cb\\u003e \\u0026 c"}'],
  ])('%s', async (_case, value, expected) => {
    // GIVEN an argument that is jsonencode of an object or tuple literal
    // WHEN it is folded
    const folded = await foldTerraformFunctions({ policy: value });
    // THEN it is the JSON text jsonencode produces
    expect(folded).toEqual({ policy: expected });
  });

  test.each([
    ['a variable', '${jsonencode(var.policy)}'],
    ['a for expression', '${jsonencode([for s in var.statements : s])}'],
    ['a merge', '${jsonencode(merge({ a = 1 }, var.b))}'],
    ['a conditional around the whole object', '${jsonencode(var.prod ? { a = 1 } : { a = 2 })}'],
    ['an object with a template directive', '${jsonencode({ a = "%{ if var.x }y%{ endif }" })}'],
    ['an object with a computed key', '${jsonencode({ (local.key) = 1 })}'],
    ['two calls in one template', '${jsonencode({ a = 1 })}-${jsonencode({ b = 2 })}'],
    ['text around the call', 'x${jsonencode({ a = 1 })}'],
    ['another function', '${yamlencode({ a = 1 })}'],
    ['a literal string that only mentions jsonencode', 'jsonencode({ a = 1 })'],
  ])('%s is left as written', async (_case, value) => {
    // GIVEN an argument whose value Terraform computes otherwise
    // WHEN it is folded
    // THEN it is unchanged: one value unknown until apply
    expect(await foldTerraformFunctions({ policy: value })).toEqual({ policy: value });
  });

  test('values nested in blocks are folded, and UNKNOWN stays UNKNOWN', async () => {
    // GIVEN a block holding a jsonencode, beside a value unknown until apply
    const folded = await foldTerraformFunctions({ block: [{ policy: '${jsonencode({ a = 1 })}' }], generated: UNKNOWN }) as Record<string, unknown>;
    // WHEN / THEN
    expect(folded.block).toEqual([{ policy: '{"a":1}' }]);
    expect(folded.generated).toBe(UNKNOWN);
  });
});
