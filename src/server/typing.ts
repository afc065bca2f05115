// Where each draft was last edited (the first changed character) and whether the edit finished a
// sentence: the sentence being typed gets no lens or mark until the writer pauses (then the lenses
// are asked for again), and a sentence just finished is checked without the typing pause.
import type { TextDocument } from "vscode-languageserver-textdocument";
import { TYPING_QUIET_MS, type LastEdit } from "./codelens";

/** Sentence-ending punctuation, then closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * True when the text inserted between `before` and `after` ends a sentence: it ends with a full
 * stop, question or exclamation mark (closing quotes allowed) and nothing but white space or the
 * end of the text follows it (a decimal point inside a figure is not the end of a sentence).
 */
export function endsSentence(before: string, after: string): boolean {
  if (after.length <= before.length) return false;
  let start = 0;
  const n = Math.min(before.length, after.length);
  while (start < n && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < n - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const end = after.length - tail;
  const inserted = after.slice(start, end);
  return inserted.length > 0 && SENTENCE_END.test(inserted) && (end === after.length || /\s/.test(after[end]!));
}

export class EditTracker {
  private readonly texts = new Map<string, string>();
  private readonly lastEdits = new Map<string, LastEdit>();
  private readonly quietTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** `onQuiet` runs once the writer paused after an edit (lenses held back may show now). */
  constructor(private readonly onQuiet: () => void) {}

  opened(doc: TextDocument): void {
    this.texts.set(doc.uri, doc.getText());
  }

  /** Notes an edit of an open document; true when it finished a sentence. */
  edited(doc: TextDocument): boolean {
    const before = this.texts.get(doc.uri);
    const after = doc.getText();
    this.texts.set(doc.uri, after);
    if (before === undefined) return false;
    let i = 0;
    const n = Math.min(before.length, after.length);
    while (i < n && before.charCodeAt(i) === after.charCodeAt(i)) i++;
    this.lastEdits.set(doc.uri, { position: doc.positionAt(i), at: Date.now() });
    clearTimeout(this.quietTimers.get(doc.uri));
    this.quietTimers.set(
      doc.uri,
      setTimeout(() => {
        this.quietTimers.delete(doc.uri);
        this.onQuiet();
      }, TYPING_QUIET_MS + 50),
    );
    return endsSentence(before, after);
  }

  lastEdit(uri: string): LastEdit | undefined {
    return this.lastEdits.get(uri);
  }

  closed(uri: string): void {
    this.texts.delete(uri);
    this.lastEdits.delete(uri);
    clearTimeout(this.quietTimers.get(uri));
    this.quietTimers.delete(uri);
  }
}
