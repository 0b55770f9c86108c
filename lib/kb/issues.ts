/**
 * Turning valibot issues into plain-language problems with a readable path,
 * e.g. `entities[3].aliases[0].text: an alias needs at least two characters`.
 *
 * Used for user imports and for the seed check, so a person fixing a file
 * sees where the problem is and what is expected, not a schema dump.
 */
import type { BaseIssue } from 'valibot';
import { problem, type Problem, type ProblemCode, type ProblemCodes, type ValueKind } from './problem';
import { PROBLEM_EN } from './problem-en';

export { problemMessage, problemToString, type Problem } from './problem';

type PathKey = string | number | symbol | unknown;

/** `entities[3].aliases[0].text` from the keys of a path. */
export function formatPath(keys: readonly PathKey[], prefix = ''): string {
  let out = prefix;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeValue(value: unknown): { got: ValueKind; value?: string } {
  if (value === null) return { got: 'null' };
  if (Array.isArray(value)) return { got: 'list' };
  switch (typeof value) {
    case 'string':
      return { got: 'text', value: value.length > 40 ? `${value.slice(0, 40)}…` : value };
    case 'number':
      return { got: 'number', value: String(value) };
    case 'boolean':
      return { got: value ? 'true' : 'false' };
    case 'object':
      return { got: 'object' };
    default:
      return { got: 'other', value: typeof value };
  }
}

type Coded = { [C in ProblemCode]: [C, ProblemCodes[C]] }[ProblemCode];

/**
 * The checks the schema words itself (lib/kb/schema.ts and the import
 * format): each message, as the schema writes it, with its code. The
 * messages are the English table's own texts, so the two cannot drift apart.
 */
const SCHEMA_CHECKS: Coded[] = [
  ['https-link', {}],
  ['slug', { example: 'gpt-oss-120b' }],
  ['alias-short', {}],
  ['alias-no-letter', {}],
  ['name-en-needed', {}],
  ['name-ar-needed', {}],
  ['note-empty', {}],
  ['note-too-long', { n: 10_000 }],
  ['timestamp', { example: '2025-08-05T12:00:00Z' }],
  ['not-kb-object', {}],
];
const BY_MESSAGE = new Map<string, Coded>(
  SCHEMA_CHECKS.map((coded) => [(PROBLEM_EN[coded[0]] as (p: object, c: undefined) => string)(coded[1], undefined), coded]),
);

/** valibot's own messages all start like this; messages written in the schema do not. */
const DEFAULT_MESSAGE = /^Invalid [a-z ]+:/i;

function codeOf(issue: BaseIssue<unknown>): Coded {
  const requirement = (issue as { requirement?: unknown }).requirement;
  const unit = Array.isArray(issue.input) ? 'items' : 'characters';
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.length) return ['required', {}];
  if (!DEFAULT_MESSAGE.test(issue.message)) return BY_MESSAGE.get(issue.message) ?? ['invalid', { raw: issue.message }];
  if (issue.kind === 'schema') {
    if (issue.type === 'picklist' || issue.type === 'variant' || issue.type === 'literal') {
      const options = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ').join(', ');
      return issue.type === 'literal'
        ? ['literal', { want: options, ...describeValue(issue.input) }]
        : ['one-of', { options, ...describeValue(issue.input) }];
    }
    const want = issue.type in { string: 1, number: 1, boolean: 1, array: 1, object: 1 } ? issue.type : (issue.expected ?? issue.type);
    return ['type', { want, ...describeValue(issue.input) }];
  }
  switch (issue.type) {
    case 'min_length':
      return ['min-length', { n: Number(requirement), unit }];
    case 'max_length':
      return ['max-length', { n: Number(requirement), unit }];
    case 'non_empty':
      return ['non-empty', {}];
    case 'url':
      return ['url', {}];
    case 'integer':
      return ['integer', {}];
    case 'min_value':
      return ['min-value', { n: String(requirement) }];
    default:
      return ['invalid', { raw: issue.message }];
  }
}

/** One problem per issue, each with its path under `prefix`. */
export function issuesToProblems(issues: readonly BaseIssue<unknown>[], prefix = ''): Problem[] {
  return issues.map((issue) => {
    const [code, params] = codeOf(issue);
    return problem(formatPath((issue.path ?? []).map((item) => item.key), prefix), code, params);
  });
}
