// One way to count sources, said the same everywhere (status bar, export, messages, CLI):
// files on disk and the articles they hold (a digest file holds several, any other file one).

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "5 files, 18 articles"; "1 file, 1 article". */
export function sourceCountLabel(files: number, articles: number): string {
  return `${plural(files, "file")}, ${plural(articles, "article")}`;
}

/** Files and articles of a list of units (each unit is one article). */
export function countSources(units: readonly { file: string }[]): { files: number; articles: number } {
  return { files: new Set(units.map((u) => u.file)).size, articles: units.length };
}
