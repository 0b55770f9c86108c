/**
 * The double quotation marks a quoted name or quoted speech stands between:
 * "…", “…”, „…“, «…». Not the apostrophe, which also writes the possessive
 * ("Bloomberg's"). One list for the name rules and the claim check.
 */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
