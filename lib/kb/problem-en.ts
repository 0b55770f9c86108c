/**
 * The knowledge base's problems in English: what the command line, the
 * tests and the English interface show.
 */
import type { ProblemTable, ValueKind } from './problem';

/** What a value was: `the text "robot"`, `the number 7`, `a list`. */
export function valueEn(got: ValueKind, value: string | undefined): string {
  switch (got) {
    case 'text':
      return `the text "${value ?? ''}"`;
    case 'number':
      return `the number ${value ?? ''}`;
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'other':
      return value ?? 'undefined';
    default:
      return got;
  }
}

/** A type valibot names, as a person would. */
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

export const typeNameEn = (type: string): string => TYPE_NAMES[type] ?? type;

export const PROBLEM_EN: ProblemTable = {
  required: () => 'is required but missing',
  'one-of': (p) => `should be one of ${p.options}, not ${valueEn(p.got, p.value)}`,
  literal: (p) => `should be ${p.want}, not ${valueEn(p.got, p.value)}`,
  type: (p) => `should be ${typeNameEn(p.want)}, not ${valueEn(p.got, p.value)}`,
  'min-length': (p) => `needs at least ${p.n} ${p.unit}`,
  'max-length': (p) => `is too long (at most ${p.n} ${p.unit})`,
  'non-empty': () => 'should not be empty',
  url: () => 'is not a valid link',
  integer: () => 'should be a whole number',
  'min-value': (p) => `should be at least ${p.n}`,
  invalid: (p) => `is not valid (${p.raw})`,
  'https-link': () => 'must be an https:// link',
  slug: (p) => `must be a lowercase slug such as "${p.example}"`,
  'alias-short': () => 'an alias needs at least two characters',
  'alias-no-letter': () => 'an alias needs at least one letter or digit',
  'name-en-needed': () => 'an English name is needed',
  'name-ar-needed': () => 'an Arabic name is needed',
  'note-empty': () => 'a note cannot be empty',
  'note-too-long': (p) => `a note can hold at most ${p.n} characters`,
  timestamp: (p) => `should be a date and time such as "${p.example}"`,
  'file-too-large': (p) => `the file is ${p.size}; files larger than ${p.max} are not imported`,
  'not-json': (p) => `the file is not valid JSON (${p.why})`,
  'not-kb-object': () => 'the file should hold a JSON object with "format", "version" and "entities"',
  'wrong-format': (p) => `this is not an Openness Lens knowledge-base file (format is ${p.got}, expected "${p.want}")`,
  'wrong-version': (p) => `this file is format version ${p.got}; this version of Openness Lens reads version ${p.want}`,
  'duplicate-id': (p) => `duplicate id "${p.id}": ${p.at} already has ${p.what === 'note' ? 'a note' : 'an entity'} with this id`,
  'no-entity': (p) => `no entity has the id "${p.id}"`,
  'id-exists': (p) => `an entity with the id "${p.id}" already exists`,
  'id-exists-again': (p) => `an entity with the id "${p.id}" exists again`,
  'id-fixed': () => 'the id of an entity cannot be changed',
  'not-a-maker': (p) => `"${p.id}" is a ${p.kind}, not a company or organization`,
  'not-a-family': (p) => `"${p.id}" is a ${p.kind}, not a family`,
  'breaks-link': (p, cause) => `"${p.id}" would be left with a broken ${p.field}: ${cause ?? ''}`,
};
