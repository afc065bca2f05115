// Verbs that report speech, in the forms news uses, as one regular-expression alternation: the quote
// check, the speaker check and the entity collector all read this one list.
export const SPEECH_VERBS =
  "said|says|say|told|tells|wrote|writes|stated|states|added|adds|noted|notes|explained|explains|according|called|calls|described|characterised|characterized|portrayed|dubbed|tweeted|posted|asked|replied|declared|announced|argued|insisted|claimed|admitted|warned|recalled|quipped|remarked|quoted|predicted|predicts|stressed|stresses|emphasized|emphasised|emphasizes|acknowledged|conceded|assured|assures|reassured|reassures|forecast|forecasts|forecasted|cautioned|observed|commented|promised|pledged|vowed";

/**
 * Those after which the one who speaks may follow ("said Droege", "according to a spokesperson");
 * not those whose object is the one spoken to or of ("told Bloomberg", "asked Wang", "called Meta").
 */
export const SPEAKER_AFTER_VERBS =
  "said|says|wrote|writes|stated|states|added|adds|noted|notes|explained|explains|according to|tweeted|posted|replied|declared|announced|argued|insisted|claimed|admitted|warned|recalled|quipped|remarked";

/** The name at `start` is cited as a source with "according to" ("according to Reuters"): no participant. */
export function citedAccordingTo(text: string, start: number): boolean {
  return /according to\s+$/i.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * The name at `start`..`end` is cited as the sentence's source: "according to Reuters", or a
 * closing ", Reuters reported." (the one who reports it, not one who acts in it).
 */
export function citedAsSource(text: string, start: number, end: number): boolean {
  return citedAccordingTo(text, start) || (/,\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s+(?:reported|reports|said|says)\W*$/.test(text.slice(end, end + 16)));
}

/**
 * The name is cited as a publication that reports what the sentence says: as a source (above), or
 * "Reuters reported (that)", "It was Bloomberg that reported", "Bloomberg was the first outlet to report", "Bloomberg's reporting", "told Reuters".
 */
export function citedPublication(text: string, start: number, end: number): boolean {
  return citedAsSource(text, start, end) || /^['’]s?\s+(?:sources|reporting|report)\b/i.test(text.slice(end, end + 16)) || /\btold\s+$/i.test(text.slice(Math.max(0, start - 6), start)) || /^\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?(?:first\s+)?(?:reported|reports)\b|^\s+(?:was|is)\s+the\s+first\s+(?:\w+\s+)?to\s+report\b/i.test(text.slice(end, end + 40));
}
