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
    documentProviderConfig(path.join(out, 'provider', 'index.ts'), source);
    process.stdout.write(`${cloud}: ${source} ${version} -> ${path.relative(ROOT, out)}\n`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The generator leaves the provider's config struct without a summary, which API.md and the docs test require. */
function documentProviderConfig(file: string, source: string): void {
  const code = fs.readFileSync(file, 'utf-8');
  const documented = code.replace(/^export interface (\w+)ProviderConfig \{$/m,
    (line, name) => `/**\n * Configuration of the ${name} provider (\`${source}\`).\n */\n${line}`);
  if (documented === code) throw new Error(`${file}: no provider config interface found`);
  fs.writeFileSync(file, documented);
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
