/**
 * Where the stacks of a cdk.out deploy: the cloud assembly's `manifest.json` next to their templates names each
 * stack's environment, `aws://<account>/<region>`, with `unknown-account` and `unknown-region` for what synthesis did
 * not know (an environment-agnostic stack).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { KnownEnv } from '../../rules/aws/account-id';

interface Manifest {
  readonly artifacts?: Record<string, { type?: unknown; environment?: unknown; properties?: { templateFile?: unknown } } | null>;
}

const ENVIRONMENT = /^aws:\/\/([^/]+)\/(.+)$/;

/**
 * The account and Region the manifest next to `templateFile` gives its stack; nothing when there is no manifest,
 * it cannot be read, or it does not name the template.
 */
export function stackEnvOf(templateFile: string): KnownEnv {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(path.dirname(templateFile), 'manifest.json'), 'utf-8'));
  } catch {
    return {};
  }
  const name = path.basename(templateFile);
  const stack = Object.values(manifest?.artifacts ?? {})
    .find(a => a?.type === 'aws:cloudformation:stack' && a.properties?.templateFile === name);
  const env = typeof stack?.environment === 'string' ? ENVIRONMENT.exec(stack.environment) : null;
  if (!env) return {};
  const [, account, region] = env;
  return {
    ...(account !== 'unknown-account' ? { account } : {}),
    ...(region !== 'unknown-region' ? { region } : {}),
  };
}
