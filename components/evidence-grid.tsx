/**
 * The five openness dimensions of an assessment as a table: weights,
 * training code, training data, licence, commercial use, each with its
 * level (mark and word), any note, and its sources.
 */
import type { JSX } from 'preact';
import type { Assessment, Evidence } from '../lib/kb/schema';
import { LevelBadge } from './level-badge';
import { SourceList } from './source-link';
import { useLang, useT, type MessageKey } from './i18n';

type Dimension = 'weights' | 'trainingCode' | 'trainingData' | 'commercialUse';
const ORDER: Array<Dimension | 'licence'> = ['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse'];

export function EvidenceGrid({ assessment }: { assessment: Assessment | undefined }): JSX.Element {
  const t = useT();
  if (!assessment) return <p class="ol-muted">{t('evidence_none')}</p>;
  return (
    <table class="ol-evidence">
      <caption>{t('evidence_title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('evidence_dimension')}</th>
          <th scope="col">{t('evidence_value')}</th>
          <th scope="col">{t('evidence_sources')}</th>
        </tr>
      </thead>
      <tbody>
        {ORDER.map((dim) =>
          dim === 'licence' ? <LicenceRow key={dim} licence={assessment.licence} /> : <EvidenceRow key={dim} dim={dim} evidence={assessment[dim]} />,
        )}
      </tbody>
    </table>
  );
}

function EvidenceRow({ dim, evidence }: { dim: Dimension; evidence: Evidence }): JSX.Element {
  const t = useT();
  const lang = useLang();
  return (
    <tr data-dimension={dim}>
      <th scope="row">{t(`dim_${dim}` as MessageKey)}</th>
      <td>
        <LevelBadge level={evidence.value} notApplicable={evidence.notApplicable} />
        {evidence.note ? <p class="ol-cell-note">{evidence.note[lang] || evidence.note.en}</p> : null}
      </td>
      <td>
        <SourceList sources={evidence.sources} />
      </td>
    </tr>
  );
}

function LicenceRow({ licence }: { licence: Assessment['licence'] }): JSX.Element {
  const t = useT();
  const lang = useLang();
  return (
    <tr data-dimension="licence">
      <th scope="row">{t('dim_licence')}</th>
      <td>
        <LevelBadge level={licence.value} />
        <p class="ol-cell-note">
          {licence.name ? <bdi dir="auto">{licence.name}</bdi> : null}
          {licence.osiApproved === null ? null : `${licence.name ? ' · ' : ''}${t(licence.osiApproved ? 'osi_approved' : 'osi_not_approved')}`}
        </p>
        {licence.note ? <p class="ol-cell-note">{licence.note[lang] || licence.note.en}</p> : null}
      </td>
      <td>
        <SourceList sources={licence.sources} />
      </td>
    </tr>
  );
}
