export { fileNotes, parseSource, sentenceTable, sentenceCount, baseId, splitTitlePublisher, uniquifyIds, isSupportedSource, extensionOf, SUPPORTED_EXTENSIONS } from "./parse";
export { loadSourceFolder, listSourceFiles, decodeSourceBytes, reasonOf } from "./load";
export type { SentenceTable } from "./parse";
export type { LoadOptions, LoadResult, ListOptions, ListedFile, Listing } from "./load";
