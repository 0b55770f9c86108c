/**
 * The foldable sections of an entity's detail beyond its status: release
 * history, risks and benefits (the general notes beside the entity's own),
 * corrections, expert grades, and the claims the page being read makes.
 */
import type { ComponentChildren, JSX } from 'preact';
import general from '../assets/kb/general.json';
import type { Note } from '../lib/kb/schema';
import {
  OSAI_GROUPS,
  releaseSteps,
  type Correction,
  type ExpertGrades,
  type OsaiGrade,
  type OsaiGroup,
  type PageClaim,
  type Release,
} from './entity-extras';
import { statusLabel, useLang, useT, type MessageKey } from './i18n';
import type { ExpertView } from '../lib/expert/grades-view';
import { safeHttpsUrl } from './safe-url';
import { SourceList } from './source-link';
import { StatusBadge } from './status-badge';

/** A section that folds: its title is the toggle. */
export function Fold(props: { name: string; title: string; open?: boolean; children: ComponentChildren }): JSX.Element {
  return (
    <details class="ol-fold" data-section={props.name} open={props.open}>
      <summary class="ol-section-title">{props.title}</summary>
      <div class="ol-fold-body">{props.children}</div>
    </details>
  );
}

/** "Restricted (DeepSeek License) from 2024-12 (DeepSeek-V3) → Open weights (MIT) from 2025-03-24 (V3-0324)". */
export function ReleaseHistory({ releases }: { releases: Release[] }): JSX.Element | null {
  const t = useT();
  const lang = useLang();
  if (releases.length === 0) return null;
  const steps = releaseSteps(releases);
  return (
    <p class="ol-release-line" data-release-line>
      <span class="ol-muted">{t('detail_releases')}: </span>
      {steps.map((r, i) => (
        <span key={r.name}>
          {i > 0 ? ' → ' : null}
          {t('release_step', statusLabel(lang, r.status) + (r.licence ? ` (${r.licence})` : ''), r.date)} (<bdi>{r.name}</bdi>)
        </span>
      ))}
    </p>
  );
}

function NoteList({ notes, kind }: { notes: Array<Note | Correction>; kind: string }): JSX.Element {
  const lang = useLang();
  return (
    <ul class={`ol-notes ol-notes-${kind}`}>
      {notes.map((note, i) => (
        <li key={i}>
          <p dir="auto">{note.text[lang] || note.text.en}</p>
          {note.quoteAr ? (
            <blockquote lang="ar" dir="rtl" class="ol-quote">
              {note.quoteAr}
            </blockquote>
          ) : null}
          <SourceList sources={note.sources} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The entity's own risks and benefits, then the article's general notes on
 * open models, each with its paragraph. The general notes are about open
 * releases, so they are offered for every model but folded apart.
 */
export function RisksAndBenefits({ risks, benefits }: { risks?: Note[]; benefits?: Note[] }): JSX.Element {
  const t = useT();
  return (
    <Fold name="risks" title={t('detail_risks_benefits')}>
      {risks?.length ? (
        <>
          <h4 class="ol-subtitle">{t('detail_risks')}</h4>
          <NoteList notes={risks} kind="risks" />
        </>
      ) : null}
      {benefits?.length ? (
        <>
          <h4 class="ol-subtitle">{t('detail_benefits')}</h4>
          <NoteList notes={benefits} kind="benefits" />
        </>
      ) : null}
      <h4 class="ol-subtitle">{t('detail_general_risks')}</h4>
      <NoteList notes={general.risks as Note[]} kind="general-risks" />
      <h4 class="ol-subtitle">{t('detail_general_benefits')}</h4>
      <NoteList notes={general.benefits as Note[]} kind="general-benefits" />
    </Fold>
  );
}

export function Corrections({ corrections }: { corrections: Correction[] }): JSX.Element | null {
  const t = useT();
  if (corrections.length === 0) return null;
  return (
    <Fold name="corrections" title={t('detail_corrections')}>
      <NoteList notes={corrections} kind="corrections" />
    </Fold>
  );
}

const GRADE_KEYS: Record<Exclude<OsaiGrade, null> | 'none', MessageKey> = {
  open: 'grade_open',
  partial: 'grade_partial',
  closed: 'grade_closed',
  none: 'grade_none',
};
const MOF_CLASS = ['', 'mof_class_1', 'mof_class_2', 'mof_class_3'] as const;

/** The EU Open Source AI Index's grades, grouped as the Index groups them, and the MOF class. */
export function ExpertSection({ expert, view }: { expert: ExpertGrades; view?: ExpertView | null }): JSX.Element | null {
  const t = useT();
  const lang = useLang();
  if (!expert.osai && !expert.mof) return null;
  const links = new Map((view?.osai?.groups ?? []).flatMap((g) => g.cells.flatMap((c) => (c.link ? [[c.ref, safeHttpsUrl(c.link)] as const] : []))));
  const holding = view?.mof?.next?.holding ?? [];
  return (
    <Fold name="expert" title={t('detail_expert')}>
      {expert.osai ? (
        <div class="ol-osai" data-osai={expert.osai.file}>
          <p class="ol-muted">{t('expert_osai')}</p>
          {(Object.keys(OSAI_GROUPS) as OsaiGroup[]).map((group) => (
            <div key={group} class="ol-osai-group" data-osai-group={group}>
              <span class="ol-osai-group-name">{t(`osai_${group}` as MessageKey)}</span>
              <ul class="ol-osai-strip">
                {OSAI_GROUPS[group].map((dim) => {
                  const grade = expert.osai!.dimensions[dim] ?? null;
                  const text = `${t(`osai_dim_${dim}` as MessageKey)}: ${t(GRADE_KEYS[grade ?? 'none'])}`;
                  const link = links.get(dim);
                  return (
                    <li key={dim} class={`ol-grade ol-grade-${grade ?? 'none'}`} data-dimension={dim} data-grade={grade ?? 'none'}>
                      {link ? (
                        <a href={link} target="_blank" rel="noopener noreferrer" title={t('expert_evidence')}>
                          {text}
                        </a>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
      {expert.mof ? (
        <p class="ol-mof" data-mof-class={expert.mof.class ?? 'none'}>
          {t('expert_mof')}: {expert.mof.class ? t(MOF_CLASS[expert.mof.class]) : t('mof_class_none')}
        </p>
      ) : null}
      {view?.mof?.next && holding.length > 0 ? (
        <p class="ol-mof-next" data-mof-holding>
          {t('expert_mof_holding', view.mof.next.label[lang])} {holding.map((c) => c[lang]).join(lang === 'ar' ? '، ' : ', ')}
        </p>
      ) : null}
      {view?.disagreement ? (
        <p class="ol-expert-differs" data-expert-differs>
          {view.disagreement[lang]}
        </p>
      ) : null}
    </Fold>
  );
}

const VERDICT_KEYS: Record<Exclude<PageClaim['verdict'], null>, MessageKey> = {
  overstated: 'verdict_overstated',
  consistent: 'verdict_consistent',
  understated: 'verdict_understated',
};

const CLAIM_KEYS: Record<Exclude<PageClaim['claim'], null>, MessageKey> = {
  open: 'card_claim_open',
  'open-weights': 'card_claim_open_weights',
  closed: 'card_claim_closed',
};

/**
 * What this page claims about openness: each claim with the name it is about
 * (when `nameOf` is given), the verdict against the record first, the
 * sentence that makes it, and a button that shows it on the page.
 */
export function PageClaims({ claims, onJump, nameOf }: { claims: PageClaim[]; onJump?: (claim: PageClaim) => void; nameOf?: (id: string) => string }): JSX.Element | null {
  const t = useT();
  if (claims.length === 0) return null;
  return (
    <Fold name="page-claims" title={t('detail_page_claims')} open>
      <ul class="ol-page-claims">
        {claims.map((c, i) => (
          <li key={i} data-claim-verdict={c.verdict ?? 'none'}>
            <p class="ol-claim-line">
              {c.verdict ? <span class={`ol-verdict ol-verdict-${c.verdict}`}>{t(VERDICT_KEYS[c.verdict])}</span> : null}{' '}
              {nameOf ? (
                <>
                  <strong>
                    <bdi>{nameOf(c.entity)}</bdi>
                  </strong>{' '}
                </>
              ) : null}
              {c.claim ? t('claim_called', t(CLAIM_KEYS[c.claim])) : null}
            </p>
            <q dir="auto" class="ol-claim-sentence">
              {c.sentence ?? c.cue}
            </q>
            {onJump ? (
              <button type="button" class="ol-button ol-link-button" data-claim-jump={i} onClick={() => onJump(c)}>
                {t('claim_jump')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </Fold>
  );
}
