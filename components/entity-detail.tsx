/**
 * Everything known about one entity: status and why, the evidence grid,
 * what the seed article says beside what the record shows, risk and benefit
 * notes, and the user's own note. All stored text is rendered as text.
 */
import type { ComponentChildren, JSX } from 'preact';
import type { ArticleClaim, Entity, Status } from '../lib/kb/schema';
import { entityStatus } from '../lib/kb/status';
import { Corrections, ExpertSection, Fold, PageClaims, ReleaseHistory, RisksAndBenefits } from './detail-sections';
import { correctionsOf, expertOf, releasesOf, statusAsOf, type PageClaim } from './entity-extras';
import { expertView } from '../lib/expert/grades-view';
import { EvidenceGrid } from './evidence-grid';
import { kindLabel, nameIn, useLang, useT } from './i18n';
import { NoteEditor } from './note-editor';
import { SourceList } from './source-link';
import { StatusBadge } from './status-badge';

/** Where the shown record comes from: the bundled seed, the seed with user edits, or the user alone. */
export type EntityOrigin = 'seed' | 'edited' | 'user';

export interface EntityDetailProps {
  entity: Entity;
  /** The maker's display name, when the entity has a maker. */
  makerName?: string;
  origin?: EntityOrigin;
  /** The user's note; omit together with onSaveNote to hide the note section. */
  note?: string;
  onSaveNote?: (text: string) => Promise<void> | void;
  /** Actions shown under the heading (jump to mention, open in options). */
  children?: ComponentChildren;
  /** The openness claims the page being read makes about this entity. */
  pageClaims?: PageClaim[];
  onJumpToClaim?: (claim: PageClaim) => void;
}

export function EntityDetail(props: EntityDetailProps): JSX.Element {
  const { entity, makerName, origin, note, onSaveNote, children } = props;
  const t = useT();
  const lang = useLang();
  const status = entityStatus(entity);
  const other = lang === 'ar' ? entity.name.en : entity.name.ar;
  return (
    <article class="ol-detail" data-entity-detail={entity.id}>
      <header class="ol-detail-head">
        <h2 class="ol-detail-title">
          <bdi>{nameIn(lang, entity.name)}</bdi>
          {other && other !== nameIn(lang, entity.name) ? (
            <span class="ol-other-name">
              {' '}
              <bdi dir="auto">{other}</bdi>
            </span>
          ) : null}
        </h2>
        <p class="ol-meta">
          {isMaker(entity) ? null : <StatusBadge status={status} prefix={t('detail_status')} />}
          {!isMaker(entity) && statusAsOf(entity) ? <span data-as-of>{t('detail_as_of', statusAsOf(entity)!)}</span> : null}
          <span>{kindLabel(lang, entity.kind)}</span>
          {makerName ? (
            <span>
              {t('detail_maker')}: <bdi>{makerName}</bdi>
            </span>
          ) : null}
          {origin === 'user' ? <span class="ol-tag">{t('detail_user_entity')}</span> : null}
          {origin === 'edited' ? <span class="ol-tag">{t('detail_edited')}</span> : null}
        </p>
        <ReleaseHistory releases={releasesOf(entity)} />
        {children ? <div class="ol-row">{children}</div> : null}
      </header>
      {entity.summary[lang] || entity.summary.en ? <p dir="auto">{entity.summary[lang] || entity.summary.en}</p> : null}
      <PageClaims claims={props.pageClaims ?? []} onJump={props.onJumpToClaim} />
      {isMaker(entity) && !entity.assessment ? null : (
        <Fold name="why" title={t('detail_why')} open>
          {entity.assessment ? (
            <p dir="auto">{entity.assessment.reason[lang] || entity.assessment.reason.en}</p>
          ) : (
            <p class="ol-muted">{t('detail_no_assessment')}</p>
          )}
          <EvidenceGrid assessment={entity.assessment} />
        </Fold>
      )}
      {entity.articleClaims?.length ? (
        <Fold name="article" title={t('detail_article_says')}>
          <div class="ol-claims">
            {entity.articleClaims.map((claim, i) => (
              <ClaimView key={i} claim={claim} recordStatus={status} />
            ))}
          </div>
        </Fold>
      ) : null}
      <Corrections corrections={correctionsOf(entity)} />
      {isMaker(entity) && !entity.risks?.length && !entity.benefits?.length ? null : (
        <RisksAndBenefits risks={entity.risks} benefits={entity.benefits} />
      )}
      <ExpertSection expert={expertOf(entity)} view={expertView(entity)} />
      {onSaveNote ? <NoteEditor entityId={entity.id} note={note ?? ''} onSave={onSaveNote} /> : null}
    </article>
  );
}

/** Companies and organizations make models; they have no openness status of their own. */
export function isMaker(entity: Pick<Entity, 'kind'>): boolean {
  return entity.kind === 'company' || entity.kind === 'organization';
}

/** The article's words and, when its wording implies another status than the record, both side by side. */
export function ClaimView({ claim, recordStatus }: { claim: ArticleClaim; recordStatus: Status }): JSX.Element {
  const t = useT();
  const differs = claim.claimedStatus !== undefined && claim.claimedStatus !== recordStatus;
  return (
    <div class={differs ? 'ol-claim ol-claim-differs' : 'ol-claim'} data-claim-differs={differs ? 'true' : 'false'}>
      <blockquote lang="ar" dir="rtl" class="ol-quote">
        {claim.quoteAr}
      </blockquote>
      <p lang="en" dir="ltr" class="ol-translation">
        <span class="ol-visually-hidden">{t('detail_translation')}: </span>
        {claim.en}
      </p>
      {differs ? (
        <div class="ol-compare">
          <p>
            {t('detail_article_claim')}: <StatusBadge status={claim.claimedStatus!} />
          </p>
          <p>
            {t('detail_record_shows')}: <StatusBadge status={recordStatus} />
          </p>
          <p class="ol-muted">{t('detail_differs')}</p>
        </div>
      ) : null}
      <SourceList sources={[{ kind: 'article', paragraph: claim.paragraph }]} />
    </div>
  );
}
