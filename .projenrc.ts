import { DependencyType, JsonFile, awscdk, javascript } from 'projen';

// aws-cdk-lib's peer floor is the version CI tests: the AWS suites run on it (AWS's template validator of older
// releases lacks rules the tests rely on), and AWS::Redshift::Snapshot (CfnSnapshot) is in it.
const CDK_VERSION = '2.276.0';
const CDKTF_VERSION = '0.21.0';
// CDK Terrain, the fork that continues CDKTF: the private-access-constructs-cdktn flavour (scripts/package-cdktn.ts).
const CDKTN_VERSION = '0.24.0';
const CONSTRUCTS_VERSION = '10.7.2';
const GENERATED = 'lib/*/generated/**';
// Scripts, examples and the bench run from their TypeScript sources with the tests' compiler settings.
const TS_NODE = 'ts-node -P test/tsconfig.json --transpile-only';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'private-access-constructs',
  description: 'Validated L2 constructs for private access to cloud services: Redshift managed endpoints and snapshot sharing (CloudFormation), VPC endpoints on Huawei Cloud, Open Telekom Cloud and Alibaba Cloud (CDKTF).',
  author: 'private-access-constructs',
  authorAddress: 'noreply@example.com',
  repositoryUrl: 'https://example.com/private-access-constructs.git',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  keywords: ['cdk', 'cdktf', 'redshift', 'vpc-endpoint', 'privatelink', 'huaweicloud', 'opentelekomcloud', 'alicloud'],

  // Sources and compiled output live side by side in lib/, as in aws-cdk.
  srcdir: 'lib',
  libdir: 'lib',
  testdir: 'test',

  cdkVersion: CDK_VERSION,
  cdkVersionPinning: false,
  constructsVersion: CONSTRUCTS_VERSION,
  jsiiVersion: '~5.9.0',
  // Written to package.json's `engines` (both flavours): aws-cdk-lib 2.276 and the handlers' tests run on Node.js 20.
  minNodeVersion: '20.0.0',
  // Peers are floors; development pins the versions below exactly.
  peerDependencyOptions: { pinnedDevDependency: false },
  devDeps: [
    `aws-cdk-lib@${CDK_VERSION}`,
    `cdktf@${CDKTF_VERSION}`,
    `@cdktf/provider-generator@${CDKTF_VERSION}`,
    `@cdktf/commons@${CDKTF_VERSION}`,
    `cdktn@${CDKTN_VERSION}`,
    'aws-cdk@2.1148.1',
    'fast-check@4.3.0',
    'ts-node@10.9.2',
    // Only to prove that a prebuilt provider class satisfies the constructs' provider check.
    '@cdktf/provider-opentelekomcloud@12.0.16',
    // The handlers import SDK v3 clients that the Lambda Node.js runtime provides (never bundled): Redshift for snapshot
    // grants, CloudFormation to tell a rollback from a change, Redshift Serverless for managed VPC endpoints. Their tests
    // stub them (aws-sdk-client-mock, emulators).
    '@aws-sdk/client-redshift@3.1169.0',
    '@aws-sdk/client-cloudformation@3.1169.0',
    '@aws-sdk/client-redshift-serverless@3.1169.0',
    'aws-sdk-client-mock@4.1.0',
    // The Redshift guide's snippet (docs/aws-redshift.md) and the tests pass the alpha L2 `Cluster` as a `cluster` prop.
    // 2.241.0-alpha.0 is the newest release the registry serves (there is no 2.276.0-alpha.0); its peer range (^2.241.0)
    // includes CDK_VERSION.
    '@aws-cdk/aws-redshift-alpha@2.241.0-alpha.0',
    // The example app is checked with cdk-nag's AwsSolutions rules (test/examples/aws-nag.test.ts).
    'cdk-nag@3.0.2',
    // jest/expect-expect: a test that asserts nothing is a defect.
    'eslint-plugin-jest@29.17.0',
    // The SARIF 2.1.0 schema (OASIS, as Microsoft ships it) that the checker's --format sarif output is tested against.
    '@microsoft/jest-sarif@1.0.0-beta.0',
    // Validates the SARIF output against that schema (draft-04, which ajv 6 reads).
    'ajv@^6.12.6',
    // jest's own Node.js environment (the version jest 29.7.0 installs), which test/support/environment.ts extends.
    'jest-environment-node@29.7.0',
  ],
  // jsii needs each runtime dependency that is not a jsii library bundled. The checker runs without any engine: yaml
  // reads CloudFormation templates in YAML (short-form intrinsics included), @cdktn/hcl2json reads HCL (the parser of
  // CDK Terrain, cdktf's continuation, so the cdktn flavour names no cdktf package), @dagrejs/dagre lays out the
  // access map's drawing.
  bundledDeps: ['yaml@^2.9.1', '@cdktn/hcl2json@0.24.0', '@dagrejs/dagre@^3.1.4'],
  // projen makes each file in bin/ a command: bin/private-access-check is the checker for users without the
  // constructs (templates, cdk.out, cdktf.out and Terraform plans), bin/private-access-map the access map of the same
  // inputs and of Terraform state.

  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,
  sampleCode: false,

  jestOptions: {
    // jest 30 and eslint-import-resolver-typescript 4 pull unrs-resolver, whose per-platform optional packages the
    // registry here does not all serve: package-lock.json then lacks them and `npm ci` refuses to install.
    jestVersion: '^29',
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // lib/ holds compiled .js beside the sources: resolve the .ts first.
      moduleFileExtensions: ['ts', 'js', 'json', 'node'],
      // Node's environment, with one CloudFormation validator engine per worker instead of one per file.
      testEnvironment: '<rootDir>/test/support/environment.ts',
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
      // Coverage only where `npm test` asks for it, so that `npx jest <file>` runs one file with no threshold.
      // Instrumenting the library's own files (babel) is three times faster than V8's coverage of everything loaded.
      collectCoverage: false,
      coverageProvider: 'babel',
      collectCoverageFrom: ['lib/**/*.ts', '!lib/**/*.d.ts', `!${GENERATED}`],
      coveragePathIgnorePatterns: ['/node_modules/', '/generated/', '/test/', '/examples/'],
      coverageThreshold: { lines: 90 },
      testTimeout: 120_000,
    },
  },
  eslintOptions: {
    dirs: ['lib'],
    // One program for sources, tests, examples and scripts.
    tsconfigPath: './test/tsconfig.json',
    projectService: false,
    devdirs: ['test', 'examples', 'scripts', 'bench', 'projenrc'],
    ignorePatterns: ['*.js', '*.d.ts', 'node_modules/', GENERATED, 'coverage/', 'cdk.out/', 'cdktf.out/'],
  },
  tsconfigDev: {
    include: ['../lib/**/*.ts', '../examples/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts', '../.projenrc.ts', '../projenrc/**/*.ts'],
    // ts-jest then transpiles each file alone (fast); `tsc -p test/tsconfig.json` in `npm test` does the type-checking.
    compilerOptions: { isolatedModules: true },
  },
});

// The floors are the versions development and CI use, so every supported release is a tested one.
project.deps.removeDependency('aws-cdk-lib', DependencyType.PEER);
project.deps.addDependency(`aws-cdk-lib@^${CDK_VERSION}`, DependencyType.PEER);
// constructs from 10.7.x on, as aws-cdk-lib 2.27x (^10.5.0) and cdktf 0.21 (^10.4.2) take it: a caret range, so that a
// project on a newer 10.x keeps it. The cdktn flavour narrows it to cdktn 0.24's ceiling (<10.8.0) when it is packed.
// Development uses 10.7.x, which all three engines take together.
project.deps.removeDependency('constructs', DependencyType.PEER);
project.deps.addDependency(`constructs@^${CONSTRUCTS_VERSION}`, DependencyType.PEER);
project.deps.addDependency(`constructs@${CONSTRUCTS_VERSION}`, DependencyType.BUILD);
project.deps.removeDependency('cdktf', DependencyType.PEER);
project.deps.addDependency(`cdktf@^${CDKTF_VERSION}`, DependencyType.PEER);

// See jestVersion: the resolver 4.x needs unrs-resolver too.
project.deps.removeDependency('eslint-import-resolver-typescript');
project.deps.addDependency('eslint-import-resolver-typescript@3.6.3', DependencyType.BUILD);

// Development dependencies are pinned exactly (projen's defaults are ranges), so every clone builds with the same tools.
const EXACT_DEV_VERSIONS: Record<string, string> = {
  '@stylistic/eslint-plugin': '2.13.0',
  '@types/jest': '29.5.14',
  '@types/node': '20.19.43',
  '@typescript-eslint/eslint-plugin': '8.73.0',
  '@typescript-eslint/parser': '8.73.0',
  'eslint': '9.39.5',
  'eslint-plugin-import': '2.32.0',
  'jest': '29.7.0',
  'jest-junit': '17.0.0',
  'jsii': '5.9.54',
  'jsii-diff': '1.134.0',
  'jsii-docgen': '10.12.6',
  'jsii-pacmak': '1.140.0',
  'jsii-rosetta': '5.9.68',
  'ts-jest': '29.4.15',
  'typescript': '5.9.3',
};
for (const [name, version] of Object.entries(EXACT_DEV_VERSIONS)) {
  project.deps.removeDependency(name);
  project.deps.addDependency(`${name}@${version}`, DependencyType.BUILD);
}

// aws-cdk-lib and cdktf are each needed only by their own half of the library.
project.package.addField('peerDependenciesMeta', {
  'aws-cdk-lib': { optional: true },
  'cdktf': { optional: true },
});

// lib/ holds the TypeScript sources: ignore only what the compiler writes there.
project.gitignore.removePatterns('/lib');
project.gitignore.exclude('lib/**/*.js', 'lib/**/*.d.ts', 'cdk.out/', 'cdktf.out/', 'bench/results.json', '.jsii', 'test/.snippet-*/');
// Every documented import path, for CommonJS and ES modules alike (an ES module cannot import a directory, and sees
// named exports only where Node's loader can find them): the root (lib/index.mjs is its ES module face, written by
// scripts/lazy-index.ts), each namespace's subpath, ValidationError's engine-free lib/core, any other file under lib/,
// and what jsii tools read.
const SUBPATHS = ['aws', 'vpcep', 'huaweicloud', 'opentelekomcloud', 'alicloud', 'terraform', 'core'];
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', import: './lib/index.mjs', require: './lib/index.js' },
  ...Object.fromEntries(SUBPATHS.map(sub => [`./lib/${sub}`, { types: `./lib/${sub}/index.d.ts`, default: `./lib/${sub}/index.js` }])),
  './lib/*.js': { types: './lib/*.d.ts', default: './lib/*.js' },
  './lib/*': { types: './lib/*.d.ts', default: './lib/*.js' },
  './.jsii': './.jsii',
  './package.json': './package.json',
});
project.gitignore.exclude('/lib/index.mjs');
// The version users install and the CHANGELOG names (no release workflow bumps it here: change it with the CHANGELOG).
project.package.addVersion('0.1.0');
project.npmignore?.removePatterns('/lib/');
project.npmignore?.exclude('lib/**/*.ts', '/examples/', '/consumers/', '/schemas/', '/scripts/', '/bench/', 'cdk.json', 'cdktf.json', '/cdk.out/', '/cdktf.out/', '/coverage/', '/.ci/');
project.npmignore?.include('lib/**/*.d.ts');

// Terraform bindings are generated offline from the committed schemas and committed.
project.addTask('generate:bindings', {
  description: 'Regenerate lib/<cloud>/generated/ from schemas/*.json (offline)',
  env: { CHECKPOINT_DISABLE: '1' },
  exec: `${TS_NODE} scripts/generate-bindings.ts`,
});

// Importing the package must load only the engine of the namespace used (see scripts/lazy-index.ts).
project.postCompileTask.prependExec(`${TS_NODE} scripts/lazy-index.ts`);
// API.md as a reader needs it: namespaces in the headings, the generated bindings after the constructs.
project.postCompileTask.exec(`${TS_NODE} scripts/api-docs.ts`);

// The same packaging command also writes the cdktn flavour, rewritten mechanically from the cdktf tarball.
project.tasks.tryFind('package:js')!.exec('ts-node -P test/tsconfig.json --transpile-only scripts/package-cdktn.ts');
project.gitignore.exclude('test/.cdktn-flavour-*/');

// Example apps, synthesized offline.
new JsonFile(project, 'cdk.json', {
  obj: {
    app: `npx ${TS_NODE} examples/aws/app.ts`,
    output: 'cdk.out',
    notices: false,
    context: {
      'cli-telemetry': false,
      '@aws-cdk/core:validateAgainstDefaultRules': true,
    },
  },
});
new JsonFile(project, 'cdktf.json', {
  obj: {
    language: 'typescript',
    app: `npx ${TS_NODE} examples/terraform/main.ts`,
    output: 'cdktf.out',
    sendCrashReports: 'false',
    terraformProviders: [],
    terraformModules: [],
    context: {},
  },
});
project.addTask('synth', {
  description: 'Synthesize the example apps offline into cdk.out/ and cdktf.out/ and list what was written',
  env: { CHECKPOINT_DISABLE: '1', CDK_DISABLE_CLI_TELEMETRY: 'true' },
  steps: [
    { exec: 'cdk synth --quiet --no-notices' },
    { exec: `${TS_NODE} examples/terraform/main.ts` },
    { exec: `${TS_NODE} scripts/list-synth-output.ts` },
  ],
});

// The table in docs/checks.md of which rules apply to which raw resource type, from the rule tables
// (test/raw-checks/rule-table.test.ts fails when it is stale).
project.addTask('rule-table', {
  description: 'Rewrite the rule table in docs/checks.md from lib/raw-checks/resource-types.ts',
  // From the sources, even where lib/ also holds a compiled (possibly older) copy.
  exec: `${TS_NODE} --prefer-ts-exts scripts/rule-table.ts`,
});

// The Unreleased section of CHANGELOG.md, from the commits since the last release (CONTRIBUTING, "Commits and changes
// for users"); the lint task checks their subjects with `--check`.
project.addTask('changelog', {
  description: 'Write the Unreleased section of CHANGELOG.md from the commits since the last release',
  exec: `${TS_NODE} scripts/changelog.ts`,
});

// Synth time of each construct against the same raw L1 resources, and cold import cost (see bench/run.ts).
project.addTask('bench', {
  description: 'Benchmark synthesis of N constructs against N raw L1 resources; writes bench/results.json',
  env: { CHECKPOINT_DISABLE: '1' },
  exec: `${TS_NODE} bench/run.ts`,
});

// The release as a consumer sees it: the packed tarball in throwaway CDK and CDKTF projects. It compiles first, as
// `npm run package` does, so that it works on a fresh clone and never packs a stale or eager build.
project.addTask('test:consumer', {
  description: 'Compile and pack the library, then use the tarballs from fresh consumer projects made from examples/',
  env: { CHECKPOINT_DISABLE: '1' },
  steps: [
    { spawn: 'compile:all' },
    { spawn: 'package:js' },
    { exec: `${TS_NODE} scripts/consumer-check.ts` },
  ],
});

// Two gates, both in .ci/run. `npm test` is the fast one (type-check, the unit suites with coverage, lint; no compile),
// at most two minutes on two cores. `npm run test:package` is the package as users meet it: compile (jsii + API.md),
// then the suites that check the package, the snippets of the README and docs/ and the example apps. Each writes its own
// JUnit report.
const PACKAGE_SUITES = ['/test/package/', '/test/examples/'];
const compileAll = project.addTask('compile:all', { description: 'pre-compile, compile and post-compile' });
compileAll.spawn(project.preCompileTask);
compileAll.spawn(project.compileTask);
compileAll.spawn(project.postCompileTask);
// `npm run package` on a fresh clone: jsii-pacmak needs the .jsii assembly, and the root barrel must be the lazy one
// that post-compile writes (scripts/package-cdktn.ts refuses any other).
project.packageTask.prependSpawn(compileAll);
// The gate lints without --fix: it reports, it never edits (`npm run eslint` fixes). It also fails on any import
// circle under lib/, type imports included, which eslint-plugin-import's no-cycle does not see, and on a commit since
// the convention started whose subject breaks it.
const lint = project.addTask('lint', {
  description: 'Lint without fixing, check lib/ for import circles and the commits\' subjects',
  env: { ESLINT_USE_FLAT_CONFIG: 'false', NODE_NO_WARNINGS: '1' },
  steps: [
    { exec: 'eslint --ext .ts,.tsx --no-error-on-unmatched-pattern lib test examples scripts bench projenrc .projenrc.ts' },
    { exec: `${TS_NODE} scripts/check-import-cycles.ts lib` },
    { exec: `${TS_NODE} scripts/changelog.ts --check` },
  ],
});
project.testTask.reset();
project.testTask.exec('tsc --noEmit -p test/tsconfig.json');
project.testTask.env('JEST_JUNIT_OUTPUT_NAME', 'unit.xml');
// A worker per core: jest's default leaves one core to its parent process, which has next to nothing to do here (one
// worker on a 2-core machine).
project.testTask.exec(`jest --ci --coverage --maxWorkers=100% --testPathIgnorePatterns /node_modules/ ${PACKAGE_SUITES.join(' ')}`);
project.testTask.spawn(lint);
const testPackage = project.addTask('test:package', {
  description: 'Compile (jsii, API.md), then the package-level suites: package contents, snippets of the README and docs/, engine isolation, examples',
  env: { CHECKPOINT_DISABLE: '1', JEST_JUNIT_OUTPUT_NAME: 'package.xml' },
});
testPackage.spawn(compileAll);
testPackage.exec(`jest --ci ${PACKAGE_SUITES.map(p => p.replace(/^\/|\/$/g, '')).join(' ')}`);

// Who may import what (CONTRIBUTING's layer table, which test/package/layer-table.test.ts holds to these rules). Each folder of lib/ imports only the folders below it:
//   core        nothing of lib/, no engine
//   rules       core                                  (the vendors' rules; no engine, no constructs)
//   raw-checks  core, rules                           (the checker and private-access-check; no engine)
//   access-map  core, rules, raw-checks               (no engine)
//   terraform   core, rules; its two wrappers also raw-checks and access-map
//   aws         core, rules; its two plugins also raw-checks and access-map
//   vpcep       core, rules, terraform
//   alicloud    core, rules, terraform
//   huaweicloud, opentelekomcloud: core, rules, terraform, vpcep
// Besides, the AWS half never loads cdktf and the Terraform half never aws-cdk-lib. The handlers' folder
// (lib/aws/private/handlers) imports nothing of lib/: test/aws/handlers-shipped.test.ts holds it to its folder.
const ENGINES = { aws: ['aws-cdk-lib', 'aws-cdk-lib/*'], terraform: ['cdktf', 'cdktf/*'], cdktn: ['cdktn', 'cdktn/*'] };
const CLOUDS = ['huaweicloud', 'opentelekomcloud', 'alicloud'];
/** How deep a file of lib/ may sit below its top-level folder (lib/aws/private/handlers/serverless-policy/x.ts: 3). */
const MAX_DEPTH = 4;
/**
 * Restricts the imports of the files of lib/`folder` (or of `files` in it): no package of `packages`, and of lib/ only
 * the folders (or modules) of `allowed`. A relative import that climbs out of the folder to lib/ is matched by its
 * number of `../`, hence one override per depth.
 */
function restrict(folder: string, message: string, packages: string[], allowed: string[], files?: string[]) {
  const depths = files ? [...new Set(files.map(f => f.split('/').length - 1))] : [...Array(MAX_DEPTH + 1).keys()];
  for (const depth of depths) {
    const outOfFolder = `^(\\.\\./){${depth + 1}}`;
    const into = allowed.map(a => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    project.eslint?.addOverride({
      files: files?.filter(f => f.split('/').length - 1 === depth).map(f => `lib/${folder}/${f}`) ?? [`lib/${folder}/${'*/'.repeat(depth)}*.ts`],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            ...packages.length > 0 ? [{ group: packages, message }] : [],
            { regex: allowed.length > 0 ? `${outOfFolder}(?!(${into})(/|$))` : outOfFolder, message },
          ],
        }],
      },
    });
  }
}
const NO_ENGINE = [...ENGINES.aws, ...ENGINES.terraform, ...ENGINES.cdktn];
restrict('core', 'lib/core is engine-neutral: it imports only constructs and itself.', [...NO_ENGINE], []);
restrict('rules', 'lib/rules holds the vendors\' rules: it imports only lib/core and itself, and no engine nor constructs.',
  [...NO_ENGINE, 'constructs', 'constructs/*'], ['core']);
restrict('raw-checks', 'lib/raw-checks runs where no engine is installed: it reads the rules layer and the core only.',
  NO_ENGINE, ['core', 'rules']);
// The Serverless custom resource types are the handlers' own (their folder ships alone); the module imports nothing.
restrict('access-map', 'lib/access-map runs where no engine is installed: it reads the checker\'s inputs, the rules layer and the core only.',
  NO_ENGINE, ['core', 'rules', 'raw-checks', 'aws/private/handlers/serverless/resource-types']);
const TERRAFORM_MESSAGE = 'lib/terraform is plumbing for every Terraform construct: no aws-cdk-lib, no construct family; only its wrappers run the checker and the access map.';
restrict('terraform', TERRAFORM_MESSAGE, [...ENGINES.aws], ['core', 'rules']);
restrict('terraform', TERRAFORM_MESSAGE, [...ENGINES.aws], ['core', 'rules', 'raw-checks', 'access-map'],
  ['raw-resource-validation.ts', 'access-map-output.ts']);
const AWS_MESSAGE = 'lib/aws never loads cdktf nor a Terraform folder; only its plugins run the checker and the access map.';
restrict('aws', AWS_MESSAGE, [...ENGINES.terraform, ...ENGINES.cdktn], ['core', 'rules']);
restrict('aws', AWS_MESSAGE, [...ENGINES.terraform, ...ENGINES.cdktn], ['core', 'rules', 'raw-checks', 'access-map'],
  ['raw-resource-validation-plugin.ts', 'access-map-plugin.ts']);
restrict('vpcep', 'lib/vpcep is shared by two clouds: no aws-cdk-lib, no cloud and no bindings.',
  [...ENGINES.aws], ['core', 'rules', 'terraform']);
for (const cloud of CLOUDS) {
  restrict(cloud, `lib/${cloud} never loads aws-cdk-lib nor another cloud.`, [...ENGINES.aws],
    ['core', 'rules', 'terraform', ...cloud === 'alicloud' ? [] : ['vpcep']]);
}
// A test must assert: jest's own `expect`, or a helper whose name says it asserts (registered here as they are added).
project.eslint?.addPlugins('jest');
project.eslint?.addOverride({
  files: ['test/**/*.ts'],
  rules: {
    'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'fc.assert', '**.hasResourceProperties', '**.hasResource', '**.resourceCountIs', '**.hasOutput', '**.templateMatches'] }],
  },
});

project.synth();
