import { Construct } from 'constructs';

/** The most characters (code points) of one value an error message shows. */
export const MAX_VALUE_LENGTH = 120;

/** The most violations an error message lists; the error's `violations` keep them all. */
export const MAX_LISTED_VIOLATIONS = 20;

/** How an unresolved token reads in a message: never its encoded form, which means nothing to a reader. */
export const TOKEN_TEXT = '<token>';

// The encoded forms of aws-cdk-lib and cdktf string and list tokens: ${Token[...]}, ${TfToken[...]}, #{Token[...]}.
const ENCODED_TOKEN = /[$#]\{(?:Tf)?Token\[[^\]]*\]\}/g;

const neverUnresolved = () => false;

function isWholeToken(text: string): boolean {
  return text.replace(ENCODED_TOKEN, '') === '' && text !== '';
}

/**
 * Renders a value for an error message: strings quoted, tokens as `<token>`, constructs by their path, an omitted
 * value as `not set`, and anything longer than 120 characters cut (between characters, never inside one).
 */
export function renderValue(value: unknown, isUnresolved: (value: unknown) => boolean = neverUnresolved): string {
  return truncate(renderFull(value, isUnresolved));
}

function renderFull(value: unknown, isUnresolved: (value: unknown) => boolean): string {
  if (value === undefined) return 'not set';
  if (typeof value !== 'string' && isUnresolved(value)) return TOKEN_TEXT;
  if (Construct.isConstruct(value)) return `<${value.node.path}>`;
  switch (typeof value) {
    case 'string': return isWholeToken(value) ? TOKEN_TEXT : JSON.stringify(value).replace(ENCODED_TOKEN, TOKEN_TEXT);
    case 'number': return Number.isFinite(value) ? JSON.stringify(value) : String(value);
    case 'bigint': return `${value}n`;
    case 'function': return '<function>';
    case 'symbol': return value.toString();
  }
  try {
    return JSON.stringify(value, (_key, item) => jsonSafe(item, isUnresolved)).replace(ENCODED_TOKEN, TOKEN_TEXT);
  } catch {
    return '<object>';
  }
}

/** What JSON.stringify cannot show, or shows wrongly, made readable: entries that are undefined, NaN, tokens, constructs. */
function jsonSafe(item: unknown, isUnresolved: (value: unknown) => boolean): unknown {
  if (item === undefined) return 'not set';
  if (typeof item === 'number' && !Number.isFinite(item)) return String(item);
  if (typeof item === 'bigint') return `${item}n`;
  if (item !== null && typeof item !== 'string' && isUnresolved(item)) return TOKEN_TEXT;
  if (Construct.isConstruct(item)) return `<${item.node.path}>`;
  return item;
}

function truncate(text: string): string {
  // A code point takes at most two UTF-16 units, so the first 2 × MAX units hold the first MAX code points.
  if (text.length <= MAX_VALUE_LENGTH) return text;
  const codePoints = [...text.slice(0, 2 * MAX_VALUE_LENGTH)];
  return codePoints.length <= MAX_VALUE_LENGTH && text.length <= 2 * MAX_VALUE_LENGTH
    ? text
    : `${codePoints.slice(0, MAX_VALUE_LENGTH - 1).join('')}…`;
}
