/**
 * The jest environment of every suite: Node's, plus one CloudFormation validator engine per worker.
 *
 * Every AWS test app runs aws-cdk-lib's template validator (`@aws/cloudformation-validate`, see `./aws.ts`). Building
 * its engine takes 2-3 s of CPU, and aws-cdk-lib builds one in each test file (jest gives every file a fresh module
 * registry) and again whenever a synth meets a resource type the previous ones lacked: 60 engines in a run of the unit
 * suites, about 40 % of its CPU time. This environment module is loaded once per worker, outside the files'
 * registries, so the engine it keeps outlives a file. `test/setup.ts` hands the module to aws-cdk-lib.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TestEnvironment } from 'jest-environment-node';

/** Where aws-cdk-lib's validation plugin finds the validator. */
const VALIDATOR_MODULE = require.resolve('@aws/cloudformation-validate', {
  paths: [path.dirname(require.resolve('aws-cdk-lib'))],
});

interface Engine {
  validateTemplate(template: unknown, config?: object): unknown;
  free(): void;
}
type EngineClass = new (config: object) => Engine;

let shared: Record<string, unknown> | undefined;

/**
 * The validator module with one `CompositeEngine` per configuration. A configuration is the rule set alone (the
 * templates are arguments of each validation), so an engine validates exactly as a new one would. Its `free()` does
 * nothing: aws-cdk-lib frees an engine before it builds the next, and the worker's exit frees the shared one.
 */
function sharedValidator(): Record<string, unknown> {
  if (!shared) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const validator: Record<string, unknown> = require(VALIDATOR_MODULE);
    const Built = validator.CompositeEngine as EngineClass;
    // The validator accepts only plain objects of its own realm (this module's, not the test file's): copy them over.
    class KeptEngine extends Built {
      constructor(config: object) {
        super(structuredClone(config));
      }
      public validateTemplate(template: unknown, config?: object): unknown {
        return super.validateTemplate(template, structuredClone(config));
      }
      public free(): void {}
    }
    const engines = new Map<string, Engine>();
    // A constructor that returns an object gives that object to `new`.
    function CompositeEngine(config: object): Engine {
      const key = JSON.stringify(config);
      let engine = engines.get(key);
      if (!engine) {
        engine = new KeptEngine(config);
        engines.set(key, engine);
      }
      return engine;
    }
    shared = { ...validator, CompositeEngine };
  }
  return shared;
}

/** What `test/setup.ts` needs to give aws-cdk-lib the shared validator: the module's path and the module. */
export interface SharedValidator {
  readonly path: string;
  load(): Record<string, unknown>;
}

declare global {
  /** Set by this environment in every test file: the validator module the worker shares. */
  // eslint-disable-next-line no-var
  var sharedCloudFormationValidator: SharedValidator | undefined;
}

export default class UnitTestEnvironment extends TestEnvironment {
  /**
   * The test file's own temporary folder. Every app without an `outdir` leaves a `cdk.out*` folder in the system's
   * temporary folder (694 for one file of AWS tests), so a file's folders are removed when it ends.
   */
  private readonly temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'pac-test-'));
  private readonly previousTmpdir = process.env.TMPDIR;

  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    this.global.sharedCloudFormationValidator = { path: VALIDATOR_MODULE, load: sharedValidator };
  }

  public async setup(): Promise<void> {
    await super.setup();
    // The worker's own environment: os.tmpdir() reads it, in the test files' modules and in the commands they spawn.
    process.env.TMPDIR = this.temporary;
  }

  public async teardown(): Promise<void> {
    if (this.previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = this.previousTmpdir;
    fs.rmSync(this.temporary, { recursive: true, force: true });
    await super.teardown();
  }
}
