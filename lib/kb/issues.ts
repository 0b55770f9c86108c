/**
 * Turning valibot issues into plain-language problems with a readable path,
 * e.g. `entities[3].aliases[0].text: an alias needs at least two characters`.
 *
 * Used for user imports and for the seed check, so a person fixing a file
 * sees where the problem is and what is expected, not a schema dump.
 */
import type { BaseIssue } from 'valibot';
import { toArabic } from './problem-ar';

export interface Problem {
  /** Where in the document, e.g. `entities[3].aliases[0].text`; empty for the whole document. */
  path: string;
  message: string;
}

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

/** The problem's message in the UI's language: English as made, or its Arabic form (see problem-ar). */
export function problemMessage(problem: Problem, lang: 'en' | 'ar' = 'en'): string {
  return lang === 'ar' ? (toArabic(problem.message) ?? problem.message) : problem.message;
}

export function problemToString(problem: Problem, lang: 'en' | 'ar' = 'en'): string {
  const message = problemMessage(problem, lang);
  return problem.path ? `${problem.path}: ${message}` : message;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** valibot's own messages all start like this; messages written in the schema do not. */
const DEFAULT_MESSAGE = /^Invalid [a-z ]+:/i;

function plainMessage(issue: BaseIssue<unknown>): string {
  const requirement = (issue as { requirement?: unknown }).requirement;
  if (issue.kind === 'schema') {
    if (issue.received === 'undefined' && issue.path?.length) return 'is required but missing';
    if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
    if (issue.type === 'picklist' || issue.type === 'variant' || issue.type === 'literal') {
      const options = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ').join(', ');
      return `should be ${issue.type === 'literal' ? options : `one of ${options}`}, not ${describeValue(issue.input)}`;
    }
    const expected = TYPE_NAMES[issue.type] ?? issue.expected ?? issue.type;
    return `should be ${expected}, not ${describeValue(issue.input)}`;
  }
  if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.type) {
    case 'min_length':
      return `needs at least ${String(requirement)} ${Array.isArray(issue.input) ? 'items' : 'characters'}`;
    case 'max_length':
      return `is too long (at most ${String(requirement)} ${Array.isArray(issue.input) ? 'items' : 'characters'})`;
    case 'non_empty':
      return 'should not be empty';
    case 'url':
      return 'is not a valid link';
    case 'integer':
      return 'should be a whole number';
    case 'min_value':
      return `should be at least ${String(requirement)}`;
    default:
      return `is not valid (${issue.message})`;
  }
}

/** One problem per issue, each with its path under `prefix`. */
export function issuesToProblems(issues: readonly BaseIssue<unknown>[], prefix = ''): Problem[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key), prefix),
    message: plainMessage(issue),
  }));
}
