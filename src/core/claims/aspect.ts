// Whether an act is said to be done or only expected: a source's "will probably generate" does not
// state a claim's "has already generated" (read by ./facts.ts, which reports it as a forecast).
import type { Predicate } from "../meaning/facts";
import { lemma } from "../meaning/lexicon";

/**
 * The claim says its act is done: "has already generated", "already paid" ("perfect"), or a verb in
 * the past with no modal or "to" before it ("sold off its stake": "past"), or a gerund after a verb
 * of finishing ("has finished removing").
 */
export function accomplished(text: string, p: Predicate): "perfect" | "past" | undefined {
  const before = text.slice(Math.max(0, p.start - 24), p.start);
  if (/\balready\s+(?:\w+\s+)?$|\b(?:has|have|had)\s+(?:\w+ly\s+)?$/i.test(before)) return "perfect";
  // (a gerund after a verb of finishing is done: "has finished removing", "completed moving")
  if (/\b(?:finished|completed)\s+$/i.test(before) && /^\w+ing\b/i.test(text.slice(p.start))) return /\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:finished|completed)\s+$/i.test(before) ? "perfect" : "past";
  const word = /^[a-z]+/i.exec(text.slice(p.start))?.[0].toLowerCase() ?? "";
  // (a past form: not the lemma, nor its "-s" or "-ing" form; "planned to sell", "would have sold" are not done)
  const past = word !== "" && lemma(word, "verb") !== word && !/(?:s|ing)$/.test(word);
  return past && !/\b(?:to|will|would|could|might|may|should|must|can|be|been|being)\s+(?:\w+\s+)?$/i.test(before) ? "past" : undefined;
}

/**
 * The source only expects its act: in the future, as a plan or as an attempt ("will probably
 * generate", "would gain", "plans to sell", "is attempting to remove"). (Not a report's hedge: "is
 * reportedly cutting ties" tells of an act done.) With `modals` false, only a plan or an attempt:
 * a claim's simple past ("faced Kedzie on April 9") may tell of what a source written before it
 * announced ("will face Kedzie on April 9"), but a plan may not have been carried out.
 */
export function expectedOnly(text: string, p: Predicate, modals = true): "forecast" | "plan" | "attempt" | undefined {
  const m = /\b(?:(will|would|could|might|may)|(?:(plans?|planned|intends?|intended)|expects?|expected|aims?|hopes?|(attempts?|attempting|attempted|tries|trying|tried|seeks?|seeking|sought)) to)\s+(?:\S+\s+){0,2}$/i.exec(text.slice(Math.max(0, p.start - 30), p.start));
  if (!m || (m[1] && !modals)) return undefined;
  return m[3] ? "attempt" : m[2] ? "plan" : "forecast";
}

/**
 * The act is said only to be possible or likely: "might occur", "will probably generate", "is likely
 * to buy" (not "would", a future reported from the past; "may" in lower case: "in May 2025 Meta announced").
 */
export function possibleOnly(text: string, p: Predicate): boolean {
  return /\b(?:[Mm]ight|may|[Cc]ould|[Pp]robably|[Ll]ikely|[Pp]ossibly|[Pp]erhaps)\s+(?:\S+\s+){0,2}$/.test(text.slice(Math.max(0, p.start - 30), p.start));
}

/**
 * The claim puts its act still ahead: "will be paused", "plans to open talks", or its start:
 * "intends to begin winding down" (not "would", a future reported from the past, nor "may", a possibility).
 */
export function futureOnly(text: string, p: Predicate): "act" | "start" | undefined {
  const m = /\b(?:will|(?:plans?|intends?|aims?|wants?|(?:is|are)\s+(?:planning|preparing))\s+to)\s+((?:begin|start)\s+(?:to\s+)?)?(?:be\s+)?$/i.exec(text.slice(Math.max(0, p.start - 40), p.start));
  // (a plan's own hedge is no other: "plans to begin winding down" is still to come; "may" is not)
  if (!m || (p.hedged && /^will\b/i.test(m[0]))) return undefined;
  return m[1] ? "start" : "act";
}

/**
 * The source tells its act as done or already going on: "were paused", "has held talks", "was
 * already winding down", "had been winding down"; or, against a claim that has it still to start,
 * as going on now ("is winding down").
 */
export function doneAlready(text: string, p: Predicate, future: "act" | "start"): boolean {
  const before = text.slice(Math.max(0, p.start - 24), p.start);
  const going = future === "start" && /\b(?:is|are)\s+(?:\w+ly\s+)?$/i.test(before) && /^\w+ing\b/i.test(text.slice(p.start));
  return !p.hedged && !expectedOnly(text, p) && (going || !!accomplished(text, p) || /\b(?:already\s+|(?:has|have|had)\s+been\s+)$/i.test(before));
}

/**
 * The claim says its act began after an event ("began pulling back after Meta's announcement", "has
 * been winding down since the Meta deal"): a
 * source that has it going on before the event denies that, whatever others say of it after.
 */
export function begunAfter(text: string, p: Predicate): boolean {
  return p.anchor?.side === "after" && (!!p.anchor.since || /\b(?:began|begun|begins|begin|started|starts|start)\s+(?:to\s+)?$/i.test(text.slice(Math.max(0, p.start - 15), p.start)));
}

/** "is unclear whether", "remains unconfirmed if", "no one knows whether" before the fact, in its clause. */
const DOUBTED = /\b(?:(?:is|was|remains|remained|it['’]s)\s+(?:still\s+)?(?:unclear|uncertain|unknown|unconfirmed|not\s+(?:clear|known|confirmed))|no\s+one\s+knows)\s+(?:whether|if)\s+(?:[\w'’-]+\s+){0,12}$/i;

/** The claim calls its act an open question: "It is unclear whether Meta will hold voting power". */
export function doubted(text: string, p: Predicate): boolean {
  return DOUBTED.test(text.slice(Math.max(0, p.start - 120), p.start));
}
