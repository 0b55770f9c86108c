/**
 * One problem of an import or an edit, in the interface's language: its path
 * as written, isolated so that it keeps its left-to-right order in Arabic,
 * then the message (see lib/kb/problem-ar.ts).
 */
import type { JSX } from 'preact';
import { problemMessage, type Problem } from '../../lib/kb/issues';
import { useLang } from '../i18n';

export function ProblemLine({ problem }: { problem: Problem }): JSX.Element {
  const lang = useLang();
  return (
    <>
      {problem.path ? (
        <>
          <bdi dir="ltr">{problem.path}</bdi>:{' '}
        </>
      ) : null}
      {problemMessage(problem, lang)}
    </>
  );
}
