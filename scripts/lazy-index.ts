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
 * Loads a namespace; an engine that is missing is named with what to install. (No engine name stands alone in quotes
 * here: the cdktn flavour's build rewrites quoted module names, and fails on one it cannot account for.)
 */
const LOADER = `function loadNamespace(modulePath) {
  try {
    return require(modulePath);
  } catch (e) {
    const missing = e && e.code === "MODULE_NOT_FOUND" && /Cannot find module '(aws-cdk-lib|cdktf|cdktn)'/.exec(e.message);
    if (!missing) throw e;
    const name = require("../package.json").name;
    const engine = missing[1];
    const other = name.endsWith("-cdktn") ? { name: name.slice(0, -"-cdktn".length), apps: "CDKTF" } : { name: name + "-cdktn", apps: "CDK Terrain (cdktn)" };
    const hint = engine === "aws-cdk-lib" ? "install aws-cdk-lib"
      : "install " + engine + ", or, in a " + other.apps + " app, install " + other.name + " instead of " + name;
    throw new Error(name + ": the " + modulePath.slice(2) + " namespace needs " + engine + ", which is not installed: " + hint, { cause: e });
  }
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
process.stdout.write(`lazy-index: ${namespaces.length ? namespaces.join(', ') : 'already lazy'}\n`);
