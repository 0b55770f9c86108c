/**
 * One problem of an import or an edit, in the interface's language: the
 * entity it is in (name and id) when an import names one, else its path as
 * written, isolated so that it keeps its left-to-right order in Arabic, then
 * the message (lib/kb/problem.ts renders it from the problem's code).
 */
import type { JSX } from 'preact';
import { problemMessage, type Problem } from '../../lib/kb/problem';
import { useLang } from '../i18n';

export function ProblemLine({ problem }: { problem: Problem }): JSX.Element {
  const lang = useLang();
  const where = problem.entity ? problem.field : problem.path;
  return (
    <>
      {problem.entity ? (
        <>
          <strong data-problem-entity={problem.entity.id}>{problem.entity.name}</strong> (<bdi dir="ltr">{problem.entity.id}</bdi>)
          {where ? ' · ' : ': '}
        </>
      ) : null}
      {where ? (
        <>
          <bdi dir="ltr">{where}</bdi>:{' '}
        </>
      ) : null}
      {problemMessage(problem, lang)}
    </>
  );
}
