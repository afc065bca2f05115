// What a verb of naming or judging says someone is: "Reuters identified Microsoft as Scale's single
// biggest customer" says, as Reuters' word, that Microsoft is Scale's biggest customer; "analysts
// regard Google as its largest client" likewise. Read as the copula it stands for, so that a claim
// giving someone a role the sources give to another is held to it as "Microsoft is …" is.
import type { NameMention } from "../entities/names";
import { predicatesOf, type Predicate } from "./facts";

/** Verbs whose object's "as" phrase says what the object is. */
const DESIGNATING = new Set(["identify", "regard", "consider", "view", "see", "describe", "name", "label", "rank", "list", "peg", "single out", "tout", "bill"]);
/** A passive's "by" phrase, then "as": "by Reuters as ". */
const PAST_DOER_AS = /^\s+by\s+[^,;.]{1,60}?\s+as\s/;
/** How far after its verb the object's name may start ("identified the company's rival Microsoft as"). */
const OBJECT_REACH = 40;

/** The copulas that the verbs of naming or judging among `facts` stand for, with the verb's polarity and hedge. */
export function designatedCopulas(text: string, names: readonly NameMention[], facts: readonly Predicate[]): Predicate[] {
  const out: Predicate[] = [];
  for (const p of facts) {
    if (!DESIGNATING.has(p.lemma)) continue;
    // (in the passive, its subject, the "as" phrase past the doer's: "Microsoft was identified by
    // Reuters as Scale AI's single largest client"; without a doer the passive reads as a copula already)
    if (p.passive) {
      const subject = p.patients[0];
      const as = p.agent && subject && subject.end <= p.start ? PAST_DOER_AS.exec(text.slice(p.end)) : null;
      if (!as) continue;
      const at = p.end + as[0].length - 3;
      const copula = " ".repeat(subject.start) + text.slice(subject.start, subject.end) + " ".repeat(at - subject.end) + "is" + text.slice(at + 2);
      for (const q of predicatesOf(copula, names.filter((n) => n.start === subject.start || n.start > at)))
        if (q.copula && q.agent === subject) out.push({ ...q, negated: q.negated !== p.negated, hedged: q.hedged || p.hedged });
      continue;
    }
    const object = names.find((n) => n.start >= p.end && n.start - p.end <= OBJECT_REACH);
    const as = object ? /^\s+as\s/.exec(text.slice(object.end)) : null;
    if (!object || !as) continue;
    // (the sentence from the object on, with "as" read as "is": offsets kept, the words before blanked)
    const at = object.end + as[0].indexOf("as");
    const copula = " ".repeat(object.start) + text.slice(object.start, at) + "is" + text.slice(at + 2);
    for (const q of predicatesOf(copula, names.filter((n) => n.start >= object.start)))
      if (q.copula && q.agent === object) out.push({ ...q, negated: q.negated !== p.negated, hedged: q.hedged || p.hedged });
  }
  return out;
}
