export { parseSource, baseId, splitTitlePublisher, uniquifyIds, isSupportedSource, extensionOf, SUPPORTED_EXTENSIONS } from "./parse";
export { loadSourceFolder, decodeSourceBytes, globToRegExp, matcher, reasonOf, compareNames } from "./load";
export type { LoadOptions, LoadResult } from "./load";
