/**
 * Who owns a grant: each share resource records the accounts it declares in a tag on the snapshot itself (its
 * *claim*), so the record lives exactly as long as the snapshot, needs nothing the user must create, and is seen by
 * every stack that shares the snapshot. A share's Delete revokes only the accounts no other claim holds.
 *
 * One tag per share resource, keyed by its stack and logical id: a renamed construct (a new logical id) and a share
 * in another stack have claims of their own, and shares writing their own keys never overwrite each other's.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-tagging.html
 */
import { createHash } from 'crypto';

/** The prefix of every claim tag's key. */
export const CLAIM_TAG_PREFIX = 'private-access-constructs:share:';

/** Redshift's longest tag value. */
export const MAX_TAG_VALUE_LENGTH = 256;

/** An account a snapshot can be shared with: a 12-digit id, or AWS Support for troubleshooting. */
export const SHAREABLE_ACCOUNT = /^(\d{12}|amazon-redshift-support)$/;

const ACCOUNT_IN_CLAIM = /\d{12}|amazon-redshift-support/g;

/**
 * The claim tag key of the share resource `logicalId` of stack `stackId`. The stack id includes the stack's unique
 * suffix, so a stack deleted and created again under the same name never inherits a claim.
 */
export function claimKey(stackId: string, logicalId: string): string {
  const digest = createHash('sha256').update(`${stackId}|${logicalId}`).digest('hex');
  return `${CLAIM_TAG_PREFIX}${digest.slice(0, 24)}`;
}

/**
 * What one share owns on a snapshot: the accounts it granted itself (`made`), and those that already had access when
 * it first declared them (`adopted`). Both are the share's to revoke when it is removed; a rollback revokes only what
 * the share made, so that access that existed before the failed deployment survives it.
 */
export interface Claim {
  readonly made: ReadonlySet<string>;
  readonly adopted: ReadonlySet<string>;
}

/** Every account a claim holds. */
export function accountsOfClaim(claim: Claim | undefined): string[] {
  return claim === undefined ? [] : [...claim.made, ...claim.adopted];
}

/**
 * The tag value that records a claim: the made accounts, then `/` and the adopted ones if any, each group sorted and
 * space-separated, or without separators when 20 accounts would not fit in 256 characters (12-digit ids stay
 * readable by their fixed width).
 */
export function encodeClaim(claim: Claim): string {
  const groups = [claim.made, claim.adopted].map(accounts => [...accounts].sort());
  if (groups[1].length === 0) groups.pop();
  const spaced = groups.map(group => group.join(' ')).join('/');
  return spaced.length <= MAX_TAG_VALUE_LENGTH ? spaced : groups.map(group => group.join('')).join('/');
}

/** The claim a tag value records. */
export function decodeClaim(value: string): Claim {
  const [made, adopted] = value.split('/');
  return { made: new Set(made.match(ACCOUNT_IN_CLAIM) ?? []), adopted: new Set(adopted?.match(ACCOUNT_IN_CLAIM) ?? []) };
}

/** The claims among a snapshot's tags, by tag key. */
export function claimsOf(snapshotTags: readonly { Key?: string; Value?: string }[]): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  for (const tag of snapshotTags) {
    if (tag.Key?.startsWith(CLAIM_TAG_PREFIX)) claims.set(tag.Key, decodeClaim(tag.Value ?? ''));
  }
  return claims;
}
