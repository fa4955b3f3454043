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
 * The tag value that records `accounts`: sorted and space-separated, or without separators when 20 accounts would
 * not fit in 256 characters (12-digit ids stay readable by their fixed width).
 */
export function encodeClaim(accounts: Iterable<string>): string {
  const sorted = [...new Set(accounts)].sort();
  const spaced = sorted.join(' ');
  return spaced.length <= MAX_TAG_VALUE_LENGTH ? spaced : sorted.join('');
}

/** The accounts a claim tag value records. */
export function decodeClaim(value: string): Set<string> {
  return new Set(value.match(ACCOUNT_IN_CLAIM) ?? []);
}

/** The claims among a snapshot's tags, by tag key. */
export function claimsOf(tags: readonly { Key?: string; Value?: string }[]): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>();
  for (const tag of tags) {
    if (tag.Key?.startsWith(CLAIM_TAG_PREFIX)) claims.set(tag.Key, decodeClaim(tag.Value ?? ''));
  }
  return claims;
}
