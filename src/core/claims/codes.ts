// Stable diagnostic codes, one per kind of finding, shared by the CLI, SARIF and the editor.
// The codes, their texts and default severities live in registry.ts; this module keeps the
// import path the rest of the code uses.
export { codeInfo, codeOf, DEFAULT_SEVERITY, FINDING_CODE_REGISTRY, FINDING_CODES, SEVERITIES } from "./registry";
export type { FindingCode, FindingCodeInfo, Severity } from "./registry";
