/**
 * The one scrubber for example snapshots: it removes what changes without the library changing — asset hashes (they
 * follow aws-cdk-lib's own handler code) and the provider versions the generated bindings ask for.
 */
export function scrubbed(synthesized: unknown): any {
  const copy = JSON.parse(JSON.stringify(synthesized).replace(/[0-9a-f]{64}(\.zip)?/g, (_, zip) => `[HASH REMOVED]${zip ?? ''}`));
  for (const requirement of Object.values<any>(copy.terraform?.required_providers ?? {})) {
    if (requirement.version !== undefined) requirement.version = '<scrubbed: generated provider version>';
  }
  return copy;
}
