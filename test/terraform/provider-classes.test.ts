/**
 * The generated provider classes cover the whole provider configuration committed in schemas/<cloud>.json: every
 * argument and nested block is a config prop of the right type and optionality, is rendered into the `provider` block
 * under its Terraform name, and the result conforms to the committed schema. The schemas hold the provider blocks of
 * the declared versions; the arguments are documented at
 * registry.terraform.io/providers/{huaweicloud/huaweicloud,opentelekomcloud/opentelekomcloud,aliyun/alicloud}/latest/docs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as ts from 'typescript';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { OpentelekomcloudProvider } from '../../lib/opentelekomcloud/generated/provider';
import { expectConformsToSchemas, schemaProblems } from '../support/terraform-schema';

type TfType = string | [string, TfType];

interface Attribute {
  readonly type: TfType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly description?: string;
}

interface BlockType {
  readonly nesting_mode: string;
  readonly max_items?: number;
  readonly block: Block;
}

interface Block {
  readonly attributes?: Record<string, Attribute>;
  readonly block_types?: Record<string, BlockType>;
  readonly description?: string;
}

interface Cloud {
  /** Terraform's name of the provider (the key under `provider` and `required_providers`). */
  readonly name: string;
  /** The generated class and the prefix of its structs. */
  readonly className: string;
  readonly providerClass: new (scope: Construct, id: string, config: any) => TerraformProvider;
}

const ROOT = path.resolve(__dirname, '..', '..');

const CLOUDS: Cloud[] = [
  { name: 'huaweicloud', className: 'HuaweicloudProvider', providerClass: HuaweicloudProvider },
  { name: 'opentelekomcloud', className: 'OpentelekomcloudProvider', providerClass: OpentelekomcloudProvider },
  { name: 'alicloud', className: 'AlicloudProvider', providerClass: AlicloudProvider },
];

function providerBlock(cloud: Cloud): Block {
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${cloud.name}.json`), 'utf-8'));
  const [provider] = Object.values<any>(doc.provider_schemas);
  return provider.provider.block;
}

function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function pascalCase(snake: string): string {
  const camel = camelCase(snake);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** The TypeScript type the generator gives an attribute of a provider block (tokens are accepted only for booleans). */
function expectedTypeText(type: TfType): string {
  if (type === 'string') return 'string';
  if (type === 'number') return 'number';
  if (type === 'bool') return 'boolean | cdktf.IResolvable';
  const [kind, element] = type as [string, TfType];
  if ((kind === 'list' || kind === 'set') && element === 'string') return 'string[]';
  if (kind === 'map' && element === 'string') return '{ [key: string]: string }';
  throw new Error(`no expectation for type ${JSON.stringify(type)}`);
}

/** The props (name, optional, type text) of every exported interface in a generated provider file. */
function interfacesOf(file: string): Map<string, Map<string, { optional: boolean; type: string }>> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf-8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, Map<string, { optional: boolean; type: string }>>();
  source.forEachChild(node => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const props = new Map<string, { optional: boolean; type: string }>();
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type) {
        props.set(member.name.getText(source), { optional: !!member.questionToken, type: member.type.getText(source) });
      }
    }
    interfaces.set(node.name.text, props);
  });
  return interfaces;
}

/** Every difference between a schema block and the generated struct that should declare it, depth first. */
function declarationProblems(
  interfaces: Map<string, Map<string, { optional: boolean; type: string }>>, struct: string, prefix: string, block: Block): string[] {
  const props = interfaces.get(struct);
  if (!props) return [`${struct}: not declared`];
  const problems: string[] = [];
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    const prop = props.get(camelCase(name));
    if (!prop) {
      problems.push(`${struct}.${camelCase(name)} (${name}): missing`);
      continue;
    }
    if (prop.optional !== !attribute.required) problems.push(`${struct}.${camelCase(name)}: optional is ${prop.optional}`);
    if (prop.type !== expectedTypeText(attribute.type)) problems.push(`${struct}.${camelCase(name)}: type ${prop.type}`);
  }
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const nested = `${prefix}${pascalCase(name)}`;
    const expected = blockType.max_items === 1 ? nested : `${nested}[] | cdktf.IResolvable`;
    const prop = props.get(camelCase(name));
    if (!prop) problems.push(`${struct}.${camelCase(name)} (${name} block): missing`);
    else if (!prop.optional || prop.type !== expected) problems.push(`${struct}.${camelCase(name)}: ${prop.type}`);
    problems.push(...declarationProblems(interfaces, nested, nested, blockType.block));
  }
  const declared = Object.keys(block.attributes ?? {}).length + Object.keys(block.block_types ?? {}).length;
  // The config struct adds the `alias` meta-argument.
  const extra = struct.endsWith('ProviderConfig') ? 1 : 0;
  if (props.size !== declared + extra) problems.push(`${struct}: ${props.size} props, expected ${declared + extra}`);
  return problems;
}

/** A value of an attribute's type that names the attribute, so a value rendered under the wrong name is caught. */
function sampleValue(name: string, type: TfType): unknown {
  if (type === 'string') return `${name}-value`;
  if (type === 'number') return name.length;
  if (type === 'bool') return name.length % 2 === 0;
  const [kind] = type as [string, TfType];
  return kind === 'map' ? { [name]: 'value' } : [`${name}-value`];
}

/** A config setting every argument and block of `block`, and the Terraform JSON it must synthesize to. */
function fullConfig(block: Block): { config: Record<string, unknown>; json: Record<string, unknown> } {
  const config: Record<string, unknown> = {};
  const json: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    config[camelCase(name)] = json[name] = sampleValue(name, attribute.type);
  }
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const nested = fullConfig(blockType.block);
    config[camelCase(name)] = blockType.max_items === 1 ? nested.config : [nested.config];
    json[name] = blockType.max_items === 1 ? nested.json : [nested.json];
  }
  return { config, json };
}

function synthesize(build: (stack: TerraformStack) => void): Record<string, any> {
  const stack = new TerraformStack(new App(), 'Stack');
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

describe.each(CLOUDS)('$className', (cloud) => {
  const block = providerBlock(cloud);

  test('the schema documents every argument and block of the provider', () => {
    const undocumented: string[] = [];
    const visit = (where: string, b: Block) => {
      for (const [name, attribute] of Object.entries(b.attributes ?? {})) {
        if (!attribute.description) undocumented.push(`${where}.${name}`);
      }
      for (const [name, blockType] of Object.entries(b.block_types ?? {})) {
        if (!blockType.block.description) undocumented.push(`${where}.${name}`);
        visit(`${where}.${name}`, blockType.block);
      }
    };
    visit(cloud.name, block);
    expect(undocumented).toEqual([]);
  });

  test('declares every argument and nested block of the schema as a config prop of the matching type', () => {
    const file = path.join(ROOT, 'lib', cloud.name, 'generated', 'provider', 'index.ts');
    const problems = declarationProblems(interfacesOf(file), `${cloud.className}Config`, cloud.className, block);
    expect(problems).toEqual([]);
  });

  test('renders every argument and nested block under its Terraform name, conforming to the schema', () => {
    // GIVEN a value for everything the provider block accepts
    const { config, json } = fullConfig(block);
    // WHEN
    const doc = synthesize(stack => new cloud.providerClass(stack, cloud.name, { ...config, alias: 'full' }));
    // THEN
    expect(doc.provider[cloud.name]).toEqual([{ ...json, alias: 'full' }]);
    expectConformsToSchemas(doc);
  });
});

describe('provider configurations as users write them', () => {
  test('Huawei Cloud: an AK/SK credential that assumes an agency in another account', () => {
    const doc = synthesize(stack => new HuaweicloudProvider(stack, 'huaweicloud', {
      region: 'eu-west-101',
      accessKey: 'AK',
      secretKey: 'SK',
      assumeRole: [{ agencyName: 'deployer', domainName: 'target-account', duration: 3600 }],
      defaultTags: { team: 'network' },
      ignoreTags: ['cost-center'],
    }));
    expect(doc.provider.huaweicloud).toEqual([{
      region: 'eu-west-101',
      access_key: 'AK',
      secret_key: 'SK',
      assume_role: [{ agency_name: 'deployer', domain_name: 'target-account', duration: 3600 }],
      default_tags: { team: 'network' },
      ignore_tags: ['cost-center'],
    }]);
    expectConformsToSchemas(doc);
  });

  test('Huawei Cloud: federation with an OIDC token file', () => {
    const doc = synthesize(stack => new HuaweicloudProvider(stack, 'huaweicloud', {
      region: 'eu-west-101',
      assumeRoleWithOidc: { agencyName: 'ci', domainId: 'd123', idpId: 'github', idTokenFile: '/run/token' },
    }));
    expect(doc.provider.huaweicloud).toEqual([{
      region: 'eu-west-101',
      assume_role_with_oidc: { agency_name: 'ci', domain_id: 'd123', idp_id: 'github', id_token_file: '/run/token' },
    }]);
    expectConformsToSchemas(doc);
  });

  test('Open Telekom Cloud: a temporary AK/SK credential scoped to a project, acting through an agency', () => {
    const doc = synthesize(stack => new OpentelekomcloudProvider(stack, 'opentelekomcloud', {
      authUrl: 'https://iam.eu-de.otc.t-systems.com/v3',
      tenantName: 'eu-de_project',
      accessKey: 'AK',
      secretKey: 'SK',
      securityToken: 'token',
      agencyName: 'deployer',
      agencyDomainName: 'target-account',
      delegatedProject: 'eu-de_shared',
      maxBackoffRetries: 3,
      allowReauth: false,
    }));
    expect(doc.provider.opentelekomcloud).toEqual([{
      auth_url: 'https://iam.eu-de.otc.t-systems.com/v3',
      tenant_name: 'eu-de_project',
      access_key: 'AK',
      secret_key: 'SK',
      security_token: 'token',
      agency_name: 'deployer',
      agency_domain_name: 'target-account',
      delegated_project: 'eu-de_shared',
      max_backoff_retries: 3,
      allow_reauth: false,
    }]);
    expectConformsToSchemas(doc);
  });

  test('Alibaba Cloud: a RAM role assumed from a profile, with a custom endpoint and signature version', () => {
    const doc = synthesize(stack => new AlicloudProvider(stack, 'alicloud', {
      region: 'cn-hangzhou',
      profile: 'ops',
      assumeRole: { roleArn: 'acs:ram::123456789012:role/deployer', sessionName: 'terraform', sessionExpiration: 3600 },
      endpoints: [{ privatelink: 'privatelink.cn-hangzhou.aliyuncs.com' }],
      signVersion: { oss: 'v4' },
      features: { ecsInstance: { replaceOnImageUpdate: true } },
    }));
    expect(doc.provider.alicloud).toEqual([{
      region: 'cn-hangzhou',
      profile: 'ops',
      assume_role: { role_arn: 'acs:ram::123456789012:role/deployer', session_name: 'terraform', session_expiration: 3600 },
      endpoints: [{ privatelink: 'privatelink.cn-hangzhou.aliyuncs.com' }],
      sign_version: { oss: 'v4' },
      features: { ecs_instance: { replace_on_image_update: true } },
    }]);
    expectConformsToSchemas(doc);
  });

  test('the schema check reaches into the nested blocks of a provider', () => {
    // GIVEN an assume_role block without its required agency and with an argument the provider does not have
    const doc = synthesize(stack => new HuaweicloudProvider(stack, 'huaweicloud', {}));
    doc.provider.huaweicloud[0].assume_role = [{ role_arn: 'arn', duration: '1h' }];
    // THEN
    expect(schemaProblems(doc)).toEqual([
      'provider.huaweicloud[0].assume_role.role_arn: unknown argument',
      'provider.huaweicloud[0].assume_role.duration: expected number, got "1h"',
      'provider.huaweicloud[0].assume_role.agency_name: required argument is missing',
    ]);
  });
});
