/**
 * The handlers' folder ships as the code of the library's Lambda functions, unbundled: every module in it may import
 * only Node.js built-ins, the SDK v3 clients the Lambda Node.js runtime provides, and modules of the folder itself.
 */
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..', 'lib', 'aws', 'private', 'handlers');
const RUNTIME_CLIENTS = ['@aws-sdk/client-redshift', '@aws-sdk/client-cloudformation', '@aws-sdk/client-redshift-serverless'];

/** The sources under the folder, as paths relative to it. */
function sources(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
    ? sources(path.join(dir, entry.name))
    : entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path.relative(ROOT, path.join(dir, entry.name))] : []);
}

/** What `file` imports: imports, re-exports, require() and import() alike. */
const importsOf = (file: string) =>
  ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), 'utf-8'), true, true).importedFiles.map(f => f.fileName);

const FILES = sources();

/** The handlers, each an entry point of a function or of the Serverless function's router. */
const HANDLERS = ['snapshot-share', 'serverless-endpoint', 'serverless-policy'].map(name => path.join(name, 'index.ts'));

test('the folder holds the three handlers and the router, and the imports of each handler are seen', () => {
  expect(FILES).toEqual(expect.arrayContaining([...HANDLERS, path.join('serverless', 'index.ts'), 'envelope.ts']));
  for (const file of HANDLERS) expect(importsOf(file)).toEqual(expect.arrayContaining([expect.stringMatching(/^@aws-sdk\/client-/), '../envelope']));
});

test.each(FILES)('%s imports only Node.js built-ins, SDK v3 clients of the Lambda runtime, and modules of the folder', file => {
  const builtins = [...builtinModules, ...builtinModules.map(m => `node:${m}`)];
  for (const name of importsOf(file)) {
    if (name.startsWith('.')) {
      // A module, or a folder's index.
      const base = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), name));
      expect(FILES.filter(f => f === `${base}.ts` || f === path.join(base, 'index.ts'))).toHaveLength(1);
    } else {
      expect([...builtins, ...RUNTIME_CLIENTS]).toContain(name);
    }
  }
});
