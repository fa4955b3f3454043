/**
 * Offline stand-in for `terraform validate`: checks synthesized Terraform JSON against the provider schemas committed
 * under schemas/ (in `terraform providers schema -json` shape). It reports arguments a provider does not know,
 * required arguments that are missing, computed-only attributes that were set, and values of the wrong type.
 */
import * as fs from 'fs';
import * as path from 'path';

type TfType = string | [string, TfType] | [string, ...unknown[]];

interface AttributeSchema {
  readonly type: TfType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
}

interface BlockSchema {
  readonly attributes?: Record<string, AttributeSchema>;
  readonly block_types?: Record<string, { nesting_mode: string; block: BlockSchema }>;
}

interface Schemas {
  readonly resources: Map<string, BlockSchema>;
  readonly providers: Map<string, { source: string; block: BlockSchema }>;
}

const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schemas');
const RESOURCE_META_ARGUMENTS = new Set(['//', 'count', 'depends_on', 'for_each', 'provider', 'lifecycle', 'provisioner', 'connection']);
const PROVIDER_META_ARGUMENTS = new Set(['alias']);

let cached: Schemas | undefined;

function loadSchemas(): Schemas {
  if (cached) return cached;
  const resources = new Map<string, BlockSchema>();
  const providers = new Map<string, { source: string; block: BlockSchema }>();
  for (const file of fs.readdirSync(SCHEMA_DIR).filter(f => f.endsWith('.json'))) {
    const doc = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf-8'));
    for (const [fqpn, provider] of Object.entries<any>(doc.provider_schemas)) {
      const source = fqpn.replace(/^registry\.terraform\.io\//, '');
      providers.set(source.split('/')[1], { source, block: provider.provider.block });
      for (const [type, schema] of Object.entries<any>(provider.resource_schemas ?? {})) {
        resources.set(type, schema.block);
      }
    }
  }
  cached = { resources, providers };
  return cached;
}

/** A Terraform expression (`${...}`) stands for a value of any type until apply. */
function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function typeProblem(where: string, type: TfType, value: unknown): string[] {
  if (isExpression(value)) return [];
  if (typeof type === 'string') {
    const ok = type === 'string' ? typeof value === 'string'
      : type === 'bool' ? typeof value === 'boolean'
        : type === 'number' ? typeof value === 'number'
          : true;
    return ok ? [] : [`${where}: expected ${type}, got ${JSON.stringify(value)}`];
  }
  const [kind, element] = type as [string, TfType];
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return [`${where}: expected ${kind}, got ${JSON.stringify(value)}`];
    return value.flatMap((v, i) => typeProblem(`${where}[${i}]`, element, v));
  }
  if (kind === 'map') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return [`${where}: expected map, got ${JSON.stringify(value)}`];
    }
    return Object.entries(value).flatMap(([k, v]) => typeProblem(`${where}.${k}`, element, v));
  }
  return [];
}

function blockProblems(where: string, schema: BlockSchema, config: Record<string, unknown>, meta: Set<string>): string[] {
  const attributes = schema.attributes ?? {};
  const blocks = schema.block_types ?? {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(config)) {
    if (meta.has(name)) continue;
    if (name === 'dynamic') {
      problems.push(...dynamicBlockProblems(where, blocks, value as Record<string, { for_each?: unknown; content?: Record<string, unknown> }>));
      continue;
    }
    const attribute = attributes[name];
    const block = blocks[name];
    if (attribute) {
      if (!attribute.optional && !attribute.required) {
        problems.push(`${where}.${name}: is computed-only and cannot be set`);
      } else {
        problems.push(...typeProblem(`${where}.${name}`, attribute.type, value));
      }
    } else if (block && isExpression(value)) {
      problems.push(`${where}.${name}: is a block and cannot be an expression (Terraform needs a dynamic block)`);
    } else if (block) {
      const items = Array.isArray(value) ? value : [value];
      items.forEach(item => problems.push(...blockProblems(`${where}.${name}`, block.block, item as Record<string, unknown>, new Set())));
    } else {
      problems.push(`${where}.${name}: unknown argument`);
    }
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && config[name] === undefined) {
      problems.push(`${where}.${name}: required argument is missing`);
    }
  }
  return problems;
}

/** `dynamic "<block>" { for_each, content }`: the block must exist and its content must conform to it. */
function dynamicBlockProblems(where: string, blocks: NonNullable<BlockSchema['block_types']>,
  dynamic: Record<string, { for_each?: unknown; content?: Record<string, unknown> }>): string[] {
  return Object.entries(dynamic).flatMap(([name, spec]) => {
    const block = blocks[name];
    if (!block) return [`${where}.dynamic.${name}: unknown block`];
    if (spec.for_each === undefined || spec.content === undefined) return [`${where}.dynamic.${name}: needs for_each and content`];
    return blockProblems(`${where}.dynamic.${name}.content`, block.block, spec.content, new Set());
  });
}

/**
 * Everything in a synthesized Terraform JSON document that the committed schemas reject.
 * Resource types and providers without a committed schema are reported too, so nothing escapes unchecked.
 */
export function schemaProblems(synthesized: string | Record<string, any>): string[] {
  const doc = typeof synthesized === 'string' ? JSON.parse(synthesized) : synthesized;
  const { resources, providers } = loadSchemas();
  const problems: string[] = [];

  for (const [type, instances] of Object.entries<Record<string, any>>(doc.resource ?? {})) {
    const schema = resources.get(type);
    if (!schema) {
      problems.push(`${type}: no schema committed for this resource type`);
      continue;
    }
    for (const [name, config] of Object.entries<Record<string, unknown>>(instances)) {
      problems.push(...blockProblems(`${type}.${name}`, schema, config, RESOURCE_META_ARGUMENTS));
    }
  }

  for (const [name, configs] of Object.entries<unknown>(doc.provider ?? {})) {
    const provider = providers.get(name);
    if (!provider) {
      problems.push(`provider.${name}: no schema committed for this provider`);
      continue;
    }
    const list = Array.isArray(configs) ? configs : [configs];
    list.forEach((config, i) => problems.push(...blockProblems(`provider.${name}[${i}]`, provider.block, config, PROVIDER_META_ARGUMENTS)));
    const declared = doc.terraform?.required_providers?.[name]?.source;
    if (declared !== provider.source) {
      problems.push(`terraform.required_providers.${name}.source: expected "${provider.source}", got ${JSON.stringify(declared)}`);
    }
  }
  return problems;
}

/** Throws, listing every problem, when synthesized Terraform JSON does not conform to the committed schemas. */
export function expectConformsToSchemas(synthesized: string | Record<string, any>): void {
  const problems = schemaProblems(synthesized);
  if (problems.length > 0) {
    throw new Error(`Synthesized Terraform does not conform to schemas/:\n  ${problems.join('\n  ')}`);
  }
}
