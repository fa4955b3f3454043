/**
 * Regenerates the committed Terraform bindings under lib/<cloud>/generated/ from schemas/<cloud>.json.
 * Runs offline: the schemas are committed, so neither terraform nor a registry is needed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from '@cdktf/commons';
import { CodeMaker, TerraformProviderGenerator } from '@cdktf/provider-generator';

const ROOT = path.resolve(__dirname, '..');
const CLOUDS = ['huaweicloud', 'opentelekomcloud', 'alicloud'];

async function generate(cloud: string): Promise<void> {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${cloud}.json`), 'utf-8'));
  const [fqpn] = Object.keys(schema.provider_schemas);
  const source = fqpn.replace(/^registry\.terraform\.io\//, '');
  const version = schema.provider_versions[fqpn];

  // Without provider_versions the generator emits only the constraint, so required_providers asks for the
  // version the schema was read from or newer instead of pinning that exact release.
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, { ...schema, provider_versions: {} });
  const constraint = new TerraformProviderConstraint(`${source}@>= ${version}`);
  generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));

  const staging = fs.mkdtempSync(path.join(ROOT, '.bindings-'));
  try {
    await code.save(staging);
    const out = path.join(ROOT, 'lib', cloud, 'generated');
    fs.rmSync(out, { recursive: true, force: true });
    fs.cpSync(path.join(staging, 'providers', cloud), out, {
      recursive: true,
      // The lazy index is plain JS in a .ts file and the READMEs only list the classes: keep neither.
      filter: src => !/(lazy-index\.ts|README\.md)$/.test(src),
    });
    documentProviderConfig(path.join(out, 'provider', 'index.ts'), source, schema.provider_schemas[fqpn].provider.block);
    for (const module of fs.readdirSync(out).filter(m => m !== 'provider' && fs.statSync(path.join(out, m)).isDirectory())) {
      documentResourceModule(path.join(out, module, 'index.ts'));
    }
    process.stdout.write(`${cloud}: ${source} ${version} -> ${path.relative(ROOT, out)}\n`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

interface SchemaBlock {
  readonly description?: string;
  readonly block_types?: Record<string, { readonly block: SchemaBlock }>;
}

/**
 * The generator leaves the provider's config struct and the structs of its nested blocks without a summary, which
 * API.md and the docs test require, and documents a nested-block prop only as "<name> block". The config struct gets
 * a summary naming the provider; each nested block's struct and prop get the block's `description` from the schema.
 * The render functions of the nested blocks stay private to the module.
 */
function documentProviderConfig(file: string, source: string, block: SchemaBlock): void {
  let code = fs.readFileSync(file, 'utf-8');
  const match = /^export interface (\w+)ProviderConfig \{$/m.exec(code);
  if (!match) throw new Error(`${file}: no provider config interface found`);
  const name = match[1];
  code = code.replace(match[0], `/**\n * Configuration of the ${name} provider (\`${source}\`).\n */\n${match[0]}`);
  code = documentBlocks(file, code, `${name}ProviderConfig`, `${name}Provider`, block);
  // The namespaces re-export the provider module, and their values must be exactly the jsii classes and enums
  // (test/package/public-api.test.ts). The nested blocks' render helpers are used only by the provider class itself.
  code = code.replace(/^export (function \w+To(?:Hcl)?Terraform\()/gm, '$1');
  fs.writeFileSync(file, code);
}

/** Documents the structs of `block`'s nested blocks (named `<prefix><BlockName>` by the generator), depth first. */
function documentBlocks(file: string, code: string, parentStruct: string, prefix: string, block: SchemaBlock): string {
  for (const [blockName, blockType] of Object.entries(block.block_types ?? {})) {
    const description = blockType.block.description;
    if (!description) throw new Error(`${file}: the schema has no description for the ${blockName} block`);
    const struct = `${prefix}${pascalCase(blockName)}`;
    const declaration = `export interface ${struct} {`;
    if (!code.includes(`\n${declaration}\n`)) throw new Error(`${file}: no struct ${struct} for the ${blockName} block`);
    code = code.replace(`\n${declaration}\n`, `\n/**\n * ${description}\n */\n${declaration}\n`);

    // The prop of the parent struct that holds the block.
    const parentStart = code.indexOf(`export interface ${parentStruct} {\n`);
    const parentEnd = code.indexOf('\n}\n', parentStart);
    const generic = `  * ${blockName} block\n`;
    const at = code.indexOf(generic, parentStart);
    if (parentStart < 0 || at < 0 || at > parentEnd) throw new Error(`${file}: no ${blockName} prop in ${parentStruct}`);
    code = `${code.slice(0, at)}  * ${description}\n${code.slice(at + generic.length)}`;

    code = documentBlocks(file, code, struct, struct, blockType.block);
  }
  return code;
}

/**
 * The generator documents a resource class and its config props, but not the structs and references it derives from
 * the schema (the config struct, nested blocks, computed object attributes, timeouts), which the namespaces export as
 * `<cloud>.bindings.<module>` and API.md lists. Each gets a summary naming what it is part of.
 */
function documentResourceModule(file: string): void {
  let code = fs.readFileSync(file, 'utf-8');
  const resource = /^\* Represents a \{@link \S+ (\w+)\}\n\*\/\nexport class (\w+) extends cdktf\.TerraformResource/m.exec(code);
  if (!resource) throw new Error(`${file}: no resource class found`);
  const [, type, resourceClass] = resource;
  // The structs are named after the class, or after the resource when the generator renamed the class to avoid a clash
  // (`PrivatelinkVpcEndpointServiceResourceA`, whose timeouts struct is `PrivatelinkVpcEndpointServiceResourceTimeouts`).
  const prefixes = [resourceClass, resourceClass.replace(/A$/, '')];
  const field = (name: string) => {
    const prefix = prefixes.find(p => name.startsWith(p) && /^[A-Z]/.test(name.slice(p.length)))!;
    return snakeCase(name.slice(prefix.length));
  };
  code = code.replace(/^(export (interface|class) (\w+))/gm, (declaration: string, _d: string, kind: string, name: string, offset: number) => {
    if (name === resourceClass || code.slice(0, offset).trimEnd().endsWith('*/')) return declaration;
    let summary: string;
    if (kind === 'interface' && field(name) === 'config') {
      summary = `The arguments of a resource of type \`${type}\`, for \`new ${resourceClass}(scope, id, config)\`.`;
    } else if (kind === 'class' && name.endsWith('OutputReference')) {
      summary = `A reference to the \`${field(name.slice(0, -'OutputReference'.length))}\` object of a resource of type \`${type}\`, to read its fields.`;
    } else if (kind === 'class' && name.endsWith('List')) {
      summary = `A reference to the \`${field(name.slice(0, -'List'.length))}\` list of a resource of type \`${type}\`, to read its entries.`;
    } else {
      summary = `The \`${field(name)}\` object of a resource of type \`${type}\`.`;
    }
    return `/**\n * ${summary}\n */\n${declaration}`;
  });
  fs.writeFileSync(file, code);
}

function snakeCase(pascal: string): string {
  return pascal.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
}

function pascalCase(snake: string): string {
  return snake.split('_').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

async function main(): Promise<void> {
  for (const cloud of CLOUDS) {
    await generate(cloud);
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
