export { fileNotes, parseSource, sentenceTable, sentenceCount, baseId, splitTitlePublisher, uniquifyIds, isSupportedSource, extensionOf, SUPPORTED_EXTENSIONS } from "./parse";
export { loadSourceFolder, listSourceFiles, decodeSourceBytes, reasonOf } from "./load";
export { extractSource, DOCUMENT_EXTENSIONS, EXTRACTOR_VERSION } from "./extract";
export { headingAt, pageAt, pageLabel, placeOf, placeSuffix } from "./pages";
export type { SentenceTable, DocumentInfo } from "./parse";
export type { ExtractedSource } from "./extract";
export type { LoadOptions, LoadResult, ListOptions, ListedFile, Listing } from "./load";
