/**
 * Makes the root barrel's cloud namespaces lazy after jsii compiles lib/index.ts.
 *
 * TypeScript turns `export * as aws from './aws'` into an eager `require`, so importing the package would load
 * aws-cdk-lib and cdktf together. A CDKTF user must not pay for aws-cdk-lib (and may not have it installed), so each
 * namespace becomes a getter that requires its folder on first access, as aws-cdk-lib does for its own barrel.
 *
 * The getter also turns "Cannot find module" for an engine into an error that says what to install: the engine, or,
 * in an app of the other Terraform engine, the other flavour of this package (the cdktn flavour is this same code
 * with its engine renamed, so the loader reads which flavour it is from its package.json).
 */
import * as fs from 'fs';
import * as path from 'path';

const INDEX = path.resolve(__dirname, '..', 'lib', 'index.js');
const EAGER_NAMESPACE = /^exports\.(\w+) = __importStar\(require\("(\.\/[\w/-]+)"\)\);$/gm;

const source = fs.readFileSync(INDEX, 'utf-8');
const namespaces: string[] = [];
/**
 * Loads a namespace on first use and keeps it: `huaweicloud.VpcepEndpoint` in a loop would otherwise ask `require`
 * again for each construct. A namespace whose engine is missing says what to install by itself (the
 * `requireEngine` call at the top of each namespace's index, which its subpath import runs too).
 */
const LOADER = `const loadedNamespaces = {};
function loadNamespace(modulePath) {
  return loadedNamespaces[modulePath] ??= require(modulePath);
}
`;

const lazy = source.replace(EAGER_NAMESPACE, (_line, name: string, modulePath: string) => {
  namespaces.push(name);
  return `Object.defineProperty(exports, "${name}", { enumerable: true, configurable: true, get: () => loadNamespace("${modulePath}") });`;
});

if (namespaces.length === 0 && !source.includes('Object.defineProperty(exports, "aws"')) {
  process.stderr.write(`lazy-index: no namespace export found in ${INDEX}; did the compiler output change?\n`);
  process.exit(1);
}
// After the "use strict" directive, which must stay the file's first statement.
const withLoader = lazy.includes('function loadNamespace(') ? lazy : lazy.replace(/^("use strict";\n)/, `$1${LOADER}`);
if (!withLoader.includes('function loadNamespace(')) {
  process.stderr.write(`lazy-index: ${INDEX} does not start with "use strict"; did the compiler output change?\n`);
  process.exit(1);
}
fs.writeFileSync(INDEX, withLoader);

/**
 * The ES module face of the root (the exports map's "import" condition). Node's ES module loader cannot see the lazy
 * getters above as named exports, and an ES module has no lazy named exports, so each namespace is a stand-in that
 * loads the namespace (and its engine) on first use, with the same message when the engine is missing.
 */
const ESM_INDEX = INDEX.replace(/\.js$/, '.mjs');
const lazyNames = [...withLoader.matchAll(/Object\.defineProperty\(exports, "(\w+)", \{[^}]*get: \(\) => loadNamespace/g)].map(m => m[1]);
const eagerNames = [...withLoader.matchAll(/^exports\.(\w+) = /gm)].map(m => m[1])
  // What `export *` re-exports is known only by loading it: the engine-free core.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .concat([...withLoader.matchAll(/__exportStar\(require\("(\.\/[\w/-]+)"\), exports\)/g)].flatMap(([, sub]) => Object.keys(require(path.resolve(path.dirname(INDEX), sub)))))
  .filter((n, i, all) => n !== '__esModule' && !lazyNames.includes(n) && all.indexOf(n) === i);
fs.writeFileSync(ESM_INDEX, `// Written by scripts/lazy-index.ts from lib/index.js: the root for ES modules.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const root = require("./index.js");
function lazyNamespace(name) {
  let loaded;
  const load = () => (loaded ??= root[name]);
  return new Proxy({}, {
    get: (_target, key) => Reflect.get(load(), key),
    has: (_target, key) => Reflect.has(load(), key),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, key) => {
      const found = Reflect.getOwnPropertyDescriptor(load(), key);
      return found === undefined ? undefined : { ...found, configurable: true };
    },
  });
}
${eagerNames.map(n => `export const ${n} = root.${n};`).join('\n')}
${lazyNames.map(n => `export const ${n} = lazyNamespace("${n}");`).join('\n')}
export default root;
`);
process.stdout.write(`lazy-index: ${namespaces.length ? namespaces.join(', ') : 'already lazy'}; ${path.basename(ESM_INDEX)}: `
  + `${[...eagerNames, ...lazyNames].join(', ')}\n`);
