import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/raw-checks/cli';

/** Writes `files` (relative path → content) into a new directory; returns it. */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-check-tf-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: text => { out += text; }, err: text => { err += text; } });
  return { code, out, err };
}

interface JsonReport {
  findings: Array<{ file: string; line?: number; resource: string; property: string; value: string; rule: string; constructPath?: string }>;
  checked: { files: number; resources: number; otherResources: number };
  skipped: Array<{ file: string; reason: string }>;
  modulesNotRead: Array<{ module: string; file: string; reason: string }>;
}

async function report(...args: string[]): Promise<JsonReport> {
  const { code, out, err } = await run('--format', 'json', ...args);
  expect([code, err]).toEqual([expect.any(Number), '']);
  return JSON.parse(out);
}

/** Each finding as [resource, property, value]. */
async function findings(...args: string[]): Promise<string[][]> {
  return (await report(...args)).findings.map(f => [f.resource, f.property, f.value]);
}

/** A Huawei Cloud endpoint in the shape of the provider's documented example, with a whitelist of `whitelist`. */
const endpoint = (name: string, whitelist: string) => `
resource "huaweicloud_vpcep_endpoint" "${name}" {
  service_id       = huaweicloud_vpcep_service.demo.id
  vpc_id           = var.vpc_id
  network_id       = var.network_id
  enable_dns       = true
  enable_whitelist = true
  whitelist        = ${whitelist}
}
`;

describe('HCL', () => {
  test('a .tf file: literals are checked; references, interpolations and function calls are not', async () => {
    // GIVEN endpoints whose whitelists are a bad literal, and expressions that would be bad if read as literals
    const dir = project({
      'main.tf': [
        endpoint('literal', '["10.0.0.1/8"]'),
        endpoint('interpolated', '["${var.cidr}/8", "10.${local.octet}.0.1/8"]'),
        endpoint('referenced', '[local.cidr, huaweicloud_vpc.main.cidr, cidrsubnet("10.0.0.1/8", 8, 1)]'),
      ].join(''),
    });
    // WHEN the file itself is checked
    // THEN only the literal is a finding
    expect(await findings(path.join(dir, 'main.tf'))).toEqual([['huaweicloud_vpcep_endpoint.literal', 'whitelist[0]', '"10.0.0.1/8"']]);
  });

  test('bad HCL is an input error naming the file, line and column, as Terraform would refuse it', async () => {
    const dir = project({ 'main.tf': 'resource "huaweicloud_vpcep_endpoint" "x" {\n  vpc_id =\n}\n' });
    const { code, err } = await run(dir);
    expect(code).toBe(2);
    expect(err).toContain(`${path.join(dir, 'main.tf')}: is not valid HCL (parse config: [${path.join(dir, 'main.tf')}:2,`);
  });

  test('a folder with .tf and .tf.json files reads both, as one module', async () => {
    // GIVEN a variable declared in HCL and used in JSON, and a bad literal in each file
    const dir = project({
      'variables.tf': 'variable "cidr" {\n  default = "192.168.0.1/24"\n}\n',
      'main.tf': endpoint('hcl', '["10.0.0.1/8"]'),
      'generated.tf.json': JSON.stringify({ resource: { huaweicloud_vpcep_endpoint: { json: { service_id: 's', vpc_id: 'v', whitelist: ['${var.cidr}'] } } } }),
    });
    // WHEN the folder is checked, THEN both files' resources are checked, the variable crossing files
    const result = await report(dir);
    expect(result.findings.map(f => [path.basename(f.file), f.resource, f.value])).toEqual([
      ['generated.tf.json', 'huaweicloud_vpcep_endpoint.json', '"192.168.0.1/24"'],
      ['main.tf', 'huaweicloud_vpcep_endpoint.hcl', '"10.0.0.1/8"'],
    ]);
    expect(result.checked).toEqual({ files: 3, resources: 2, otherResources: 0 });
  });
});

describe('variables', () => {
  const declared = 'variable "cidr" {\n  type    = string\n  default = "10.0.0.1/8"\n}\n' + endpoint('this', '[var.cidr]');

  test.each<[string, Record<string, string>, string[], string]>([
    ['the default, without variable files', {}, [], '"10.0.0.1/8"'],
    ['terraform.tfvars over the default', { 'terraform.tfvars': 'cidr = "10.0.0.2/8"\n' }, [], '"10.0.0.2/8"'],
    ['terraform.tfvars.json over terraform.tfvars', {
      'terraform.tfvars': 'cidr = "10.0.0.2/8"\n', 'terraform.tfvars.json': '{"cidr": "10.0.0.3/8"}',
    }, [], '"10.0.0.3/8"'],
    ['*.auto.tfvars over terraform.tfvars', { 'terraform.tfvars': 'cidr = "10.0.0.2/8"\n', 'a.auto.tfvars': 'cidr = "10.0.0.4/8"\n' }, [], '"10.0.0.4/8"'],
    ['the *.auto.tfvars last in lexical order', { 'b.auto.tfvars': 'cidr = "10.0.0.6/8"\n', 'a.auto.tfvars': 'cidr = "10.0.0.5/8"\n' }, [], '"10.0.0.6/8"'],
    ['--var-file over every file Terraform loads itself', { 'a.auto.tfvars': 'cidr = "10.0.0.5/8"\n', 'prod.tfvars': 'cidr = "10.0.0.7/8"\n' },
      ['prod.tfvars'], '"10.0.0.7/8"'],
  ])('an argument that is exactly var.cidr takes %s', async (_case, variableFiles, named, value) => {
    // GIVEN the variable's default and the variable files
    const dir = project({ 'main.tf': declared, ...variableFiles });
    // WHEN the folder is checked
    const result = await findings(...named.flatMap(n => ['--var-file', path.join(dir, n)]), dir);
    // THEN the value Terraform would use is checked
    expect(result).toEqual([['huaweicloud_vpcep_endpoint.this', 'whitelist[0]', value]]);
  });

  test('a variable without a value, or used inside an expression, is unknown', async () => {
    const dir = project({
      'main.tf': 'variable "cidr" {}\nvariable "host" {\n  default = "1"\n}\n' + endpoint('this', '[var.cidr, "10.0.0.${var.host}/8"]'),
    });
    const { code, out } = await run(dir);
    expect([code, out]).toEqual([0, 'No findings in 1 resource of 1 file.\n']);
  });

  test('a variable file Terraform does not load by itself is listed as skipped', async () => {
    const dir = project({ 'main.tf': declared.replace('10.0.0.1/8', '10.0.0.0/8'), 'prod.tfvars': 'cidr = "10.0.0.7/8"\n' });
    const { code, out } = await run(dir);
    expect(code).toBe(0);
    expect(out).toBe(`skipped ${path.join(dir, 'prod.tfvars')}: Terraform reads this variable file only when named with -var-file: `
      + 'name it with --var-file\nNo findings in 1 resource of 1 file (1 file skipped).\n');
  });
});

describe('modules', () => {
  test('a local module is read at module.<name>., literal inputs flowing into its variables; a registry module is listed', async () => {
    // GIVEN a root that calls a local module twice (one input literal, one from a root variable) and a registry module
    const dir = project({
      'envs/prod/main.tf': `
variable "partner_cidr" {
  default = "172.16.0.1/12"
}
module "office" {
  source = "../../modules/endpoint"
  cidr   = "10.0.0.1/8"
}
module "partner" {
  source = "../../modules/endpoint"
  cidr   = var.partner_cidr
}
module "vpc" {
  source  = "terraform-huaweicloud-modules/vpc/huaweicloud"
  version = "1.0.0"
}
`,
      'modules/endpoint/variables.tf': 'variable "cidr" {\n  type = string\n}\n',
      'modules/endpoint/main.tf': endpoint('this', '[var.cidr]'),
    });
    // WHEN the whole repository is checked
    const result = await report(dir);
    // THEN each call is read once, at its address, with its inputs; the module folder is not read again as a root
    expect(result.findings.map(f => [f.resource, f.value, path.relative(dir, f.file)])).toEqual([
      ['module.office.huaweicloud_vpcep_endpoint.this', '"10.0.0.1/8"', path.join('modules', 'endpoint', 'main.tf')],
      ['module.partner.huaweicloud_vpcep_endpoint.this', '"172.16.0.1/12"', path.join('modules', 'endpoint', 'main.tf')],
    ]);
    // AND the registry module is named as not read
    expect(result.modulesNotRead).toEqual([{
      module: 'module.vpc',
      file: path.join(dir, 'envs', 'prod', 'main.tf'),
      reason: 'its source "terraform-huaweicloud-modules/vpc/huaweicloud" is a registry or remote module, which only terraform init fetches',
    }]);
    expect((await run(dir)).out.trimEnd().split('\n').slice(-2)).toEqual([
      `not read module.vpc (${path.join(dir, 'envs', 'prod', 'main.tf')}): its source "terraform-huaweicloud-modules/vpc/huaweicloud" `
        + 'is a registry or remote module, which only terraform init fetches',
      '2 findings in 2 resources (2 resources of 3 files checked; 1 module not read).',
    ]);
  });

  test('a module that calls itself is listed, not read forever', async () => {
    const dir = project({ 'main.tf': 'module "loop" {\n  source = "./"\n}\n' + endpoint('this', '["10.0.0.0/8"]') });
    const result = await report(dir);
    expect(result.modulesNotRead.map(m => [m.module, m.reason])).toEqual([['module.loop', 'it calls ./, a module that leads to it']]);
  });
});

describe('count, for_each and dynamic blocks', () => {
  test('a for_each resource is checked once at type.name for its literals; each.* and dynamic blocks are unknown', async () => {
    // GIVEN a service with a dynamic port_mapping whose port is 0 (generated from for_each, possibly never), and
    // endpoints per entry of a map, whose whitelist comes from each.value and whose description is a bad literal
    const dir = project({
      'main.tf': `
resource "huaweicloud_vpcep_service" "demo" {
  name        = "demo-service"
  server_type = "VM"
  vpc_id      = var.vpc_id
  port_id     = var.port_id
  dynamic "port_mapping" {
    for_each = var.ports
    content {
      service_port  = 0
      terminal_port = port_mapping.value
    }
  }
}
resource "huaweicloud_vpcep_endpoint" "per_team" {
  for_each    = { data = "10.0.0.1/8", web = "10.1.0.0/16" }
  service_id  = huaweicloud_vpcep_service.demo.id
  vpc_id      = var.vpc_id
  whitelist   = [each.value]
  description = "endpoint <\${each.key}>"
}
resource "huaweicloud_vpcep_endpoint" "counted" {
  count       = 2
  service_id  = huaweicloud_vpcep_service.demo.id
  vpc_id      = var.vpc_id
  whitelist   = ["10.\${count.index}.0.1/8"]
  description = "a <b>"
}
`,
    });
    // WHEN it is checked, THEN only the literal descriptions are findings
    expect(await findings(dir)).toEqual([
      ['huaweicloud_vpcep_endpoint.counted', 'description', '"a <b>"'],
    ]);
  });

  test('the same port written as a static block is checked', async () => {
    const dir = project({
      'main.tf': 'resource "huaweicloud_vpcep_service" "demo" {\n  vpc_id = var.vpc_id\n  port_mapping {\n    service_port  = 0\n'
        + '    terminal_port = 80\n  }\n}\n',
    });
    expect(await findings(dir)).toEqual([['huaweicloud_vpcep_service.demo', 'port_mapping[0].service_port', '0']]);
  });
});

describe('every form of Terraform JSON', () => {
  const body = { service_id: 'svc', vpc_id: 'vpc', whitelist: ['10.0.0.1/8'] };
  test.each<[string, unknown]>([
    ['a body as an object', { resource: { huaweicloud_vpcep_endpoint: { this: body } } }],
    ['a body as a one-element list (as @cdktn/hcl2json writes it)', { resource: { huaweicloud_vpcep_endpoint: { this: [body] } } }],
    ['each level as a list', { resource: [{ huaweicloud_vpcep_endpoint: [{ this: [body] }] }] }],
  ])('%s is checked', async (_case, document) => {
    const dir = project({ 'main.tf.json': JSON.stringify(document, undefined, 2) });
    const result = await report(dir);
    expect(result.findings.map(f => [f.resource, f.property, f.value, f.line])).toEqual([
      ['huaweicloud_vpcep_endpoint.this', 'whitelist[0]', '"10.0.0.1/8"', expect.any(Number)],
    ]);
    // the line is the entry's, in whichever form
    const lines = fs.readFileSync(path.join(dir, 'main.tf.json'), 'utf-8').split('\n');
    expect(lines[result.findings[0].line! - 1].trim()).toBe('"10.0.0.1/8"');
  });

  test.each<[string, unknown]>([
    ['a nested block as an object', { vpc_id: 'vpc', port_mapping: { service_port: 0, terminal_port: 80 } }],
    ['nested blocks as a list', { vpc_id: 'vpc', port_mapping: [{ service_port: 0, terminal_port: 80 }] }],
    ['nested blocks in a body written as a list', [{ vpc_id: 'vpc', port_mapping: [{ service_port: 0, terminal_port: 80 }] }]],
  ])('%s is checked, at its line', async (_case, service) => {
    const dir = project({ 'main.tf.json': JSON.stringify({ resource: { huaweicloud_vpcep_service: { demo: service } } }, undefined, 2) });
    const result = await report(dir);
    expect(result.findings.map(f => [f.property, f.value])).toEqual([['port_mapping[0].service_port', '0']]);
    const lines = fs.readFileSync(path.join(dir, 'main.tf.json'), 'utf-8').split('\n');
    expect(lines[result.findings[0].line! - 1].trim()).toBe('"service_port": 0,');
  });
});

describe('attribute lines in HCL', () => {
  const hcl = `# a service and an endpoint
resource "huaweicloud_vpcep_service" "demo" {
  name = "demo-service"
  /* a comment with a } brace */
  description = "a <b> {"
  vpc_id = var.vpc_id

  port_mapping {
    service_port  = 8080
    terminal_port = 80
  }
  port_mapping {
    service_port  = 8443
    terminal_port = 0
  }
  tags = {
    "_sys_owner" = <<-EOT
      x
      EOT
  }
}
` + endpoint('this', '[\n    "10.0.0.0/8",\n    "10.0.0.1/8",\n  ]');

  test.each([
    ['huaweicloud_vpcep_service.demo', 'description', 5],
    ['huaweicloud_vpcep_service.demo', 'port_mapping[1].terminal_port', 14],
    ['huaweicloud_vpcep_service.demo', 'tags["_sys_owner"]', 16],
    ['huaweicloud_vpcep_endpoint.this', 'whitelist[1]', 29],
  ])('%s %s: line %d (the attribute; a list or map entry at its attribute)', async (resource, property, line) => {
    const dir = project({ 'main.tf': hcl });
    const result = await report(dir);
    expect(result.findings.find(f => f.resource === resource && f.property === property)).toMatchObject({ line });
  });
});

describe('an argument given by a conditional expression', () => {
  /** An OTC service with `name = <expression>` in HCL, checked: each finding as `property: value rule`. */
  async function nameFindings(expression: string): Promise<string[]> {
    const dir = project({
      'main.tf': `
resource "opentelekomcloud_vpcep_service_v1" "orders" {
  name        = ${expression}
  port_id     = var.port_id
  vpc_id      = var.vpc_id
  server_type = "VM"
  port {
    client_port = 80
    server_port = 8080
  }
}
`,
    });
    return (await report(dir)).findings.map(f => `${f.property}: ${f.value} ${f.rule}`);
  }

  test.each<[string, string, RegExp[]]>([
    ['a bad true branch', 'var.prod ? "orders_prod" : "orders-dev"', [/^name: "orders_prod" .*\(the value when var\.prod is true\)$/]],
    ['a bad false branch, after a condition with quotes', 'var.env == "prod" ? "orders-prod" : "ordersdev"',
      [/^name: "ordersdev" .*\(the value when var\.env == "prod" is false\)$/]],
    ['a nested conditional', 'var.prod ? "orders-prod" : var.eu ? "orders eu" : "orders-us"',
      [/^name: "orders eu" .*\(the value when var\.prod is false and var\.eu is true\)$/]],
    ['good branches', 'var.prod ? "orders-prod" : "orders-dev"', []],
    ['null, which leaves the argument unset', 'var.prod ? "orders-prod" : null', []],
    ['a branch that is a template', 'var.prod ? "orders_${var.suffix}" : "orders-dev"', []],
    ['a conditional inside a longer template', '"${var.prod ? "a" : "b"}_orders"', []],
  ])('%s: %s', async (_case, expression, expected) => {
    expect(await nameFindings(expression)).toEqual(expected.map(e => expect.stringMatching(e)));
  });
  test('an entry of a list: each literal branch at its index', async () => {
    // GIVEN a whitelist whose second entry depends on a variable, one branch with host bits set
    const dir = project({ 'main.tf': endpoint('conditional', '["10.0.0.0/8", var.wide ? "172.16.0.1/12" : "172.16.0.0/24"]') });
    // WHEN checked THEN the bad branch is reported at its index, with when
    const found = (await report(dir)).findings.map(f => `${f.property}: ${f.value} ${f.rule}`);
    expect(found).toEqual([expect.stringMatching(/^whitelist\[1\]: "172\.16\.0\.1\/12" .*\(the value when var\.wide is true\)$/)]);
  });
});
