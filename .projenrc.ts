import { DependencyType, JsonFile, awscdk, javascript } from 'projen';

const CDK_VERSION = '2.276.0';
const CDKTF_VERSION = '0.21.0';
// CDK Terrain, the fork that continues CDKTF: the private-access-constructs-cdktn flavour (scripts/package-cdktn.ts).
const CDKTN_VERSION = '0.24.0';
const CONSTRUCTS_VERSION = '10.7.2';
const GENERATED = 'lib/*/generated/**';

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
  ],

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
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
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

// The floor: the AWS suites pass on aws-cdk-lib 2.262.0 (the first release with the
// validateAgainstDefaultRules flag the tests use); development and CI use CDK_VERSION.
project.deps.removeDependency('aws-cdk-lib', DependencyType.PEER);
project.deps.addDependency('aws-cdk-lib@^2.262.0', DependencyType.PEER);
// constructs 10.7.x satisfies cdktf 0.21 (^10.4.2), aws-cdk-lib 2.27x (^10.5.0) and cdktn 0.24 (<10.8.0) together.
project.deps.removeDependency('constructs', DependencyType.PEER);
project.deps.addDependency('constructs@~10.7.0', DependencyType.PEER);
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
project.npmignore?.removePatterns('/lib/');
project.npmignore?.exclude('lib/**/*.ts', '/examples/', '/schemas/', '/scripts/', '/bench/', 'cdk.json', 'cdktf.json', '/cdk.out/', '/cdktf.out/', '/coverage/', '/.ci/');
project.npmignore?.include('lib/**/*.d.ts');

// Terraform bindings are generated offline from the committed schemas and committed.
project.addTask('generate:bindings', {
  description: 'Regenerate lib/<cloud>/generated/ from schemas/*.json (offline)',
  env: { CHECKPOINT_DISABLE: '1' },
  exec: 'ts-node -P test/tsconfig.json --transpile-only scripts/generate-bindings.ts',
});

// Importing the package must load only the engine of the namespace used (see scripts/lazy-index.ts).
project.postCompileTask.prependExec('ts-node -P test/tsconfig.json --transpile-only scripts/lazy-index.ts');

// The same packaging command also writes the cdktn flavour, rewritten mechanically from the cdktf tarball.
project.tasks.tryFind('package:js')!.exec('ts-node -P test/tsconfig.json --transpile-only scripts/package-cdktn.ts');
project.gitignore.exclude('test/.cdktn-flavour-*/');

// Example apps, synthesized offline.
new JsonFile(project, 'cdk.json', {
  obj: {
    app: 'npx ts-node -P test/tsconfig.json --transpile-only examples/aws/app.ts',
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
    app: 'npx ts-node -P test/tsconfig.json --transpile-only examples/terraform/main.ts',
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
    { exec: 'ts-node -P test/tsconfig.json --transpile-only examples/terraform/main.ts' },
    { exec: 'ts-node -P test/tsconfig.json --transpile-only scripts/list-synth-output.ts' },
  ],
});

// Synth time of each construct against the same raw L1 resources, and cold import cost (see bench/run.ts).
project.addTask('bench', {
  description: 'Benchmark synthesis of N constructs against N raw L1 resources; writes bench/results.json',
  env: { CHECKPOINT_DISABLE: '1' },
  exec: 'ts-node -P test/tsconfig.json --transpile-only bench/run.ts',
});

// The release as a consumer sees it: the packed tarball in throwaway CDK and CDKTF projects.
project.addTask('test:consumer', {
  description: 'Pack the library and use the tarball from fresh consumer projects made from examples/',
  env: { CHECKPOINT_DISABLE: '1' },
  steps: [
    { spawn: 'package:js' },
    { exec: 'ts-node -P test/tsconfig.json --transpile-only scripts/consumer-check.ts' },
  ],
});

// `npm test` is the whole gate: compile (jsii + API.md), type-check tests, jest, lint.
project.testTask.reset();
project.testTask.spawn(project.preCompileTask);
project.testTask.spawn(project.compileTask);
project.testTask.spawn(project.postCompileTask);
project.testTask.exec('tsc --noEmit -p test/tsconfig.json');
project.testTask.exec('jest --passWithNoTests --ci');
project.testTask.spawn(project.tasks.tryFind('eslint')!);

project.synth();
