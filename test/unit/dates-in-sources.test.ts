// A plain-text source's labelled date line, and dates without a year read in its article's year.
import { strict as assert } from "node:assert";
import { textHeaderMeta } from "../../src/core/sources/parse";
import { datedInUnit } from "../../src/core/claims/figures";
import { extractQuantities } from "../../src/core/quantities";
import type { SourceUnit } from "../../src/core/types";

const unit = (date?: string) => ({ id: "u", file: "a.txt", absPath: "", title: "A", sentences: [], ...(date ? { date } : {}) }) as unknown as SourceUnit;
const dateIn = (text: string) => extractQuantities(text).find((q) => q.kind === "date")!;

describe("sources: a labelled date near the top of a plain-text source", () => {
  it("reads 'Published:', 'Date -' and '(meta data) PUBLISHED DATETIME:' lines", () => {
    assert.deepEqual(textHeaderMeta("Title\nPublished: 2019-03-02\n\nBody."), { date: "2019-03-02" });
    assert.deepEqual(textHeaderMeta("Title\nDate - March 2, 2017\nBody."), { date: "March 2, 2017" });
    assert.deepEqual(textHeaderMeta("(meta data) TITLE: X\n(meta data) PUBLISHED DATETIME: 2007-05-22 19:02\nBody."), { date: "2007-05-22 19:02" });
  });
  it("ignores a date line without a year, one far down the text, and a sentence about a date", () => {
    assert.deepEqual(textHeaderMeta("Title\nPublished: yesterday\nBody."), {});
    assert.deepEqual(textHeaderMeta("Title\n" + "line\n".repeat(20) + "Published: 2019-03-02\n"), {});
    assert.deepEqual(textHeaderMeta("The date of the vote was set for 2019 by the council."), {});
  });
});

describe("claims: a source date without a year, in its article's year", () => {
  it("takes the year that puts the date nearest the article's date", () => {
    assert.equal(datedInUnit(dateIn("runs through October 9"), unit("2007-05-22 19:02")).date?.year, 2007);
    assert.equal(datedInUnit(dateIn("on January 5"), unit("2018-12-20")).date?.year, 2019);
    assert.equal(datedInUnit(dateIn("on December 20"), unit("March 2, 2019")).date?.year, 2018);
  });
  it("leaves dates with a year, other figures and undated sources alone", () => {
    assert.equal(datedInUnit(dateIn("on October 9, 2005"), unit("2007-05-22")).date?.year, 2005);
    assert.equal(datedInUnit(dateIn("on October 9"), unit()).date?.year, undefined);
    const money = extractQuantities("$14 million")[0]!;
    assert.equal(datedInUnit(money, unit("2007-05-22")), money);
  });
});
