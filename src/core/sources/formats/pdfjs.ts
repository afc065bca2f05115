// pdfjs, loaded on first use only (it is large): the library and its worker both run in this
// thread, so no worker file is fetched or spawned. esbuild.mjs bundles this module apart
// (dist/pdfjs.mjs) and the other bundles load it from beside them, so a corpus without PDFs
// never parses it.
import type * as Pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfjsModule = typeof Pdfjs;

let loading: Promise<PdfjsModule> | undefined;

export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    // pdfjs runs its worker's code in-thread when it finds it here ("fake worker")
    g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return await import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}
