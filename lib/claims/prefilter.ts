/**
 * A cheap first look, in the content script, at whether a sentence could hold
 * an openness claim at all: every cue of the shipped cue book contains one of
 * these stems (a unit test holds the book to that). Most sentences that name
 * a model say nothing about its openness, and this keeps them from being sent
 * to the check.
 */
const STEMS = /open|closed|proprietary|\bapis?\b|licen|apache|\bmit\b|مفتوح|مغلق|احتكار|واجه|لا عبر|رخص|ترخيص|باتشي|فتح|مقف|مسكر|سورس|ويت/i;
/** Arabic diacritics and tatweel, which can sit inside a stem. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

export function mayHoldClaim(text: string): boolean {
  return STEMS.test(text) || STEMS.test(text.replace(MARKS, ''));
}
