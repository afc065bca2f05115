// "Us" and "our" in a speaker's quoted words stand for the speaker's organisation: in
// '"I've heard that Meta thinks of us as their biggest competitor," Altman said', after "OpenAI CEO
// Sam Altman accused Meta …", us is OpenAI. A source fact then has OpenAI where the words have
// "us", so that a claim naming OpenAI ("OpenAI thinks of Meta as its biggest competitor") is
// compared with it, roles and all. Only when the sentence or the one before names the speaker's
// organisation by a role ("OpenAI CEO Sam Altman", "Garrett Lord, CEO of Handshake").
import type { NameMention } from "../entities/names";
import type { SentenceInfo } from "../index/corpus";
import { sameEntity } from "../entities/roles";
import { spoke, type CorpusView } from "./context";
import { inSpan, quotesIn } from "./spans";

/**
 * First-person plural words other than "we": what is done to the speaker's side, or is theirs. (Not
 * "we": a doer in quoted words is often a figure of speech, "We are buying a partner, not a
 * supplier", and would compete with the plain statements of what the organisation did.)
 */
const WE = /\b(?:us|our|ours)\b/i;
const EVERY_WE = new RegExp(WE.source, "gi");

const memo = new WeakMap<SentenceInfo, readonly NameMention[]>();

/** The sentence's names, with the speaker's organisation where its quoted words say us or our. */
export function namesWithSpeakersWe(view: CorpusView, info: SentenceInfo): readonly NameMention[] {
  let names = memo.get(info);
  if (!names) memo.set(info, (names = compute(view, info)));
  return names;
}

function compute(view: CorpusView, info: SentenceInfo): readonly NameMention[] {
  if (!WE.test(info.text)) return info.names;
  const quoted = quotesIn(info.text);
  const we = [...info.text.matchAll(EVERY_WE)].filter((m) => inSpan(m.index!, quoted));
  if (!we.length) return info.names;
  const speakers = info.names.filter((n) => !inSpan(n.start, quoted) && spoke(info.text, n));
  if (speakers.length !== 1) return info.names;
  const speaker = speakers[0];
  // the organisation a role ties the speaker to, in this sentence or the one before
  const before = view.sentences(view.corpus.window(info.doc, 1)).filter((s) => s.doc <= info.doc && s.unit === info.unit);
  const orgs = new Map<string, NameMention>();
  for (const s of before)
    for (const r of s.roles) if (r.org && sameEntity(r.person, speaker)) orgs.set(r.org.core.join(" ").toLowerCase(), r.org);
  if (orgs.size !== 1) return info.names;
  const org = [...orgs.values()][0];
  const added = we.map((m): NameMention => ({ text: org.text, core: org.core, start: m.index!, end: m.index! + m[0].length, initial: false }));
  return [...info.names, ...added].sort((x, y) => x.start - y.start);
}
