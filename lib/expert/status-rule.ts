/**
 * The documented rule (docs/expert-grades.md) that turns expert grades into
 * one of our statuses. Inputs are read from the Index first (it grades
 * availability directly) and from the MOF's component licences otherwise.
 *
 *   weights not released                              → closed
 *   weights released, but only in part (gated, on request),
 *   or under a licence with use restrictions          → restricted
 *   weights under an open licence                     → open-weights
 *   … and training code and training data also open   → open
 *   anything not graded                               → unknown
 */
import type { Level, Status } from '../kb/schema';
import { licenceOpenness, type LicenceOpenness } from './licences';
import type { MofRecord } from './mof';
import type { OsaiRecord } from './osai';
import type { Grade } from './source-meta';

export interface StatusInputs {
  weights: Level;
  licence: LicenceOpenness;
  trainingCode: Level;
  trainingData: Level;
}

export function derivedStatus(i: StatusInputs): Status {
  if (i.weights === 'no') return 'closed';
  if (i.weights === 'unknown') return 'unknown';
  if (i.weights === 'partial' || i.licence === 'restricted' || i.licence === 'closed') return 'restricted';
  if (i.licence !== 'open') return 'unknown';
  return i.trainingCode === 'yes' && i.trainingData === 'yes' ? 'open' : 'open-weights';
}

const LEVEL_OF: Record<Grade, Level> = { open: 'yes', partial: 'partial', closed: 'no' };

export function gradeLevel(grade: Grade | null | undefined): Level {
  return grade ? LEVEL_OF[grade] : 'unknown';
}

/**
 * The Index's weights grades read as one: the end model's where only it is
 * graded or both agree, the base model's where only it is graded, and "in
 * part" where they differ. TildeOpen's base model is published under
 * CC-BY-4.0 with no end model graded open: its weights are out, but not all
 * of them, which is not "closed".
 */
export function osaiWeightsLevel(base: Grade | null | undefined, end: Grade | null | undefined): Level {
  if (!end) return gradeLevel(base);
  if (!base || base === end) return gradeLevel(end);
  return 'partial';
}

/** Two grades read as one (base and end model data): both open → yes, both closed → no, else partial. */
export function combinedLevel(a: Grade | null | undefined, b: Grade | null | undefined): Level {
  const levels = [a, b].filter((g): g is Grade => !!g).map((g) => LEVEL_OF[g]);
  if (levels.length === 0) return 'unknown';
  if (levels.every((l) => l === 'yes')) return 'yes';
  if (levels.every((l) => l === 'no')) return 'no';
  return 'partial';
}

/**
 * A MOF component's licence as a level: open → yes, with restrictions →
 * partial, unlicensed or absent → no, and a licence of its own that is not
 * recognised ("BAAI Aquila Model License", "ChatGLM2-6B License") → not
 * graded: the component was released under terms nobody here has read, which
 * says neither open nor closed.
 */
export function componentLevel(record: MofRecord, component: string): Level {
  // The MOF lists what a release includes: a component not listed was not released.
  if (!(component in record.components)) return 'no';
  const openness = licenceOpenness(record.components[component]);
  return openness === 'open' ? 'yes' : openness === 'restricted' ? 'partial' : openness === 'closed' || !record.components[component] ? 'no' : 'unknown';
}

/** A Hugging Face model repository (not a paper, a Space or a dataset page). */
const MODEL_REPO = /^https:\/\/huggingface\.co\/(?!papers\/|spaces\/|datasets\/)[^/]+\/[^/]+/;

/**
 * The weights' level from a MOF record. Where the record gives the weights
 * no licence (it does not list them, lists them "unlicensed", or says
 * "Component not included") the MOF has not graded what the weights are
 * published under: a model card read by hand says (`card`); without one, a
 * record that links a Hugging Face model repository is not graded, since the
 * link says something was published (MPT-7B, T5-11B and GPT-2 are on
 * Hugging Face though their records say otherwise), and any other is "no".
 */
export function mofWeightsLevel(record: MofRecord, card?: CardLicence): Level {
  if (card) return 'yes';
  if (!weightsUngraded(record)) return componentLevel(record, WEIGHTS_COMPONENT);
  return MODEL_REPO.test(record.links?.huggingface ?? '') ? 'unknown' : 'no';
}

/** The licence a model card states, for a MOF record that gives its weights no licence or the wrong one (assets/kb/expert/card-licences.json). */
export interface CardLicence {
  licence: string;
  source: string;
  note?: string;
  /**
   * The weights licence the MOF record gives and the card shows to be wrong
   * (the code's licence, for Baichuan-13B and Baichuan 2). The card wins only
   * while the record still says exactly this, so a corrected record is read again.
   */
  corrects?: string;
}

/** The model card's licence where it decides: the MOF record gives the weights no licence, or the one the card corrects. */
export function cardFor(mof: MofRecord | undefined, cards: Readonly<Record<string, CardLicence>>): CardLicence | undefined {
  const card = mof ? cards[mof.file] : undefined;
  if (!mof || !card) return undefined;
  if (card.corrects !== undefined) return card.corrects === mof.components[WEIGHTS_COMPONENT] ? card : undefined;
  return weightsUngraded(mof) ? card : undefined;
}

/** A MOF record that names no licence for the weights: not listed, "unlicensed" or "Component not included". */
function weightsUngraded(record: MofRecord): boolean {
  if (!(WEIGHTS_COMPONENT in record.components)) return true;
  const value = (record.components[WEIGHTS_COMPONENT] ?? '').toLowerCase();
  return value === '' || value === 'unlicensed' || value.includes('not includ');
}

export const WEIGHTS_COMPONENT = 'Model parameters (Final)';
export const TRAINING_CODE_COMPONENT = 'Training code';
export const DATASETS_COMPONENT = 'Datasets';

/** The licence name the weights are released under, as the experts write it. */
export function weightsLicence(osai?: OsaiRecord, mof?: MofRecord, card?: CardLicence): string | undefined {
  const fromMof = mof ? (card?.licence ?? mof.components[WEIGHTS_COMPONENT] ?? mof.licences.distribution) : undefined;
  return osai?.licence ?? fromMof ?? undefined;
}

/** The rule's inputs from whichever records there are; the Index wins where both grade the same thing. */
export function statusInputs(osai?: OsaiRecord, mof?: MofRecord, card?: CardLicence): StatusInputs {
  const pick = (fromOsai: Level, fromMof: () => Level) => (fromOsai !== 'unknown' ? fromOsai : mof ? fromMof() : 'unknown');
  const d = osai?.dimensions ?? {};
  let licence = licenceOpenness(weightsLicence(osai, mof, card));
  if (licence === 'unknown' && d.licenses?.grade) licence = d.licenses.grade === 'open' ? 'open' : 'restricted';
  return {
    weights: pick(osaiWeightsLevel(d.weights_basemodel?.grade, d.weights_endmodel?.grade), () => mofWeightsLevel(mof!, card)),
    licence,
    trainingCode: pick(gradeLevel(d.trainingcode?.grade), () => componentLevel(mof!, TRAINING_CODE_COMPONENT)),
    trainingData: pick(combinedLevel(d.datasources_basemodel?.grade, d.datasources_endmodel?.grade), () => componentLevel(mof!, DATASETS_COMPONENT)),
  };
}
