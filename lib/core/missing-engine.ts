/**
 * The error a user meets when a namespace's engine is not installed: it names the package to install and, for a
 * Terraform engine, this package's other flavour (a cdktf app that installed the cdktn flavour, or the reverse).
 * Used by the root's lazy namespaces and by each namespace's own entry point, so a subpath import says the same.
 */

/** The flavour suffix of the CDK Terrain (cdktn) build of this package. */
const CDKTN_SUFFIX = '-cdktn';

/** This package's name and the name and apps of its other flavour. */
export function flavours(name: string): { readonly name: string; readonly other: string; readonly otherApps: string } {
  return name.endsWith(CDKTN_SUFFIX)
    ? { name, other: name.slice(0, -CDKTN_SUFFIX.length), otherApps: 'CDKTF' }
    : { name, other: `${name}${CDKTN_SUFFIX}`, otherApps: 'CDK Terrain (cdktn)' };
}

/** The name of the installed package (either flavour), read from its own package.json. */
export function packageName(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../package.json') as { name: string }).name;
}

/**
 * `error` when it is not about a missing engine; otherwise an error for `namespace` that says what to install, with
 * `error` as its cause.
 */
export function missingEngineError(error: unknown, namespace: string): unknown {
  const missing = (error as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND'
    && /Cannot find module '(aws-cdk-lib|cdktf|cdktn)'/.exec(String((error as Error).message));
  if (!missing) return error;
  const engine = missing[1];
  const { name, other, otherApps } = flavours(packageName());
  const hint = engine === 'aws-cdk-lib'
    ? 'install aws-cdk-lib'
    : `install ${engine}, or, in a ${otherApps} app, install ${other} instead of ${name}`;
  return Object.assign(new Error(`${name}: the ${namespace} namespace needs ${engine}, which is not installed: ${hint}`), { cause: error });
}

/**
 * Runs `load`, which requires the namespace's engine, so that a namespace imported by its subpath without its engine
 * says what to install, as the root's namespaces do, instead of Node's plain "Cannot find module".
 */
export function requireEngine(load: () => unknown, namespace: string): void {
  try {
    load();
  } catch (error) {
    throw missingEngineError(error, namespace);
  }
}
