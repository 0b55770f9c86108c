/**
 * A problem the knowledge base reports (an import, an edit, a note): a code
 * with its parameters, rendered in the interface's language from one table
 * per language (problem-en.ts, problem-ar.ts). `message` holds the English
 * form, made once, for the command line, logs and errors.
 *
 * A problem in an imported entity also names that entity (`entity`, with
 * `field` the path inside it), so the page can say "Acme AI (acme-ai):
 * aliases[0].text" rather than a JSON path alone.
 */
import { PROBLEM_AR } from './problem-ar';
import { PROBLEM_EN } from './problem-en';

/** A value as a problem shows it ("the text "robot"", "a list"). */
export type ValueKind = 'text' | 'number' | 'list' | 'object' | 'null' | 'true' | 'false' | 'other';

export interface ProblemParams {
  [name: string]: string | number | undefined;
}

/** Every problem, with the parameters its text needs. */
export interface ProblemCodes {
  // Checks of the schema's shapes, in plain words.
  required: Record<string, never>;
  'one-of': { options: string; got: ValueKind; value?: string };
  literal: { want: string; got: ValueKind; value?: string };
  type: { want: string; got: ValueKind; value?: string };
  'min-length': { n: number; unit: 'items' | 'characters' };
  'max-length': { n: number; unit: 'items' | 'characters' };
  'non-empty': Record<string, never>;
  url: Record<string, never>;
  integer: Record<string, never>;
  'min-value': { n: string };
  invalid: { raw: string };
  // The schema's own checks.
  'https-link': Record<string, never>;
  slug: { example: string };
  'alias-short': Record<string, never>;
  'alias-no-letter': Record<string, never>;
  'name-en-needed': Record<string, never>;
  'name-ar-needed': Record<string, never>;
  'note-empty': Record<string, never>;
  'note-too-long': { n: number };
  timestamp: { example: string };
  // Files.
  'file-too-large': { size: string; max: string };
  'not-json': { why: string };
  'not-kb-object': Record<string, never>;
  'wrong-format': { got: string; want: string };
  'wrong-version': { got: string; want: number };
  'duplicate-id': { id: string; at: string; what: 'entity' | 'note' };
  // The database's checks and links between entities.
  'no-entity': { id: string };
  'id-exists': { id: string };
  'id-exists-again': { id: string };
  'id-fixed': Record<string, never>;
  'not-a-maker': { id: string; kind: string };
  'not-a-family': { id: string; kind: string };
  /** `cause` says what the link would be left pointing at. */
  'breaks-link': { id: string; field: 'maker' | 'family' };
}

export type ProblemCode = keyof ProblemCodes;

export interface Problem<C extends ProblemCode = ProblemCode> {
  /** Where in the document, e.g. `entities[3].aliases[0].text`; empty for the whole document. */
  path: string;
  code: C;
  params: ProblemCodes[C];
  /** The English text (see PROBLEM_EN). */
  message: string;
  /** For `breaks-link`: why the link would break. */
  cause?: Problem;
  /** The imported entity the problem is in, when it is one. */
  entity?: { id: string; name: string };
  /** The path inside that entity, e.g. `aliases[0].text`; empty for the entity itself. */
  field?: string;
}

export type Lang = 'en' | 'ar';

/** One language's texts: a function per code. */
export type ProblemTable = { [C in ProblemCode]: (params: ProblemCodes[C], cause: string | undefined) => string };

const TABLES: Record<Lang, ProblemTable> = { en: PROBLEM_EN, ar: PROBLEM_AR };

function render(code: ProblemCode, params: ProblemParams, cause: Problem | undefined, lang: Lang): string {
  const text = TABLES[lang][code] as (params: ProblemParams, cause: string | undefined) => string;
  return text(params, cause ? problemMessage(cause, lang) : undefined);
}

/** A problem with its English message. */
export function problem<C extends ProblemCode>(path: string, code: C, params: ProblemCodes[C], cause?: Problem): Problem<C> {
  const made: Problem<C> = { path, code, params, message: render(code, params, cause, 'en') };
  if (cause) made.cause = cause;
  return made;
}

/** The problem's text in the interface's language. */
export function problemMessage(problem: Problem, lang: Lang = 'en'): string {
  return render(problem.code, problem.params, problem.cause, lang);
}

/** `path: message`, as the command line and the import result's `messages` show it. */
export function problemToString(problem: Problem, lang: Lang = 'en'): string {
  const message = problemMessage(problem, lang);
  return problem.path ? `${problem.path}: ${message}` : message;
}
