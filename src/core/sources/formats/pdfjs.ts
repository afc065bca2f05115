// pdfjs, loaded on first use only (it is large): the library and its worker both run in this
// thread, so no worker file is fetched or spawned. esbuild.mjs bundles this module apart
// (dist/pdfjs.mjs) and the other bundles load it from beside them, so a corpus without PDFs
// never parses it.
import type * as Pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfjsModule = typeof Pdfjs;

let loading: Promise<PdfjsModule> | undefined;

/** A 2D affine matrix with the few operations pdfjs uses outside rendering (a Type3 glyph's outline). */
class RenderingOnlyMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: number[]) {
    if (Array.isArray(init) && init.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init;
  }
  /** this = this × other */
  private multiply(a: number, b: number, c: number, d: number, e: number, f: number): this {
    const { a: a0, b: b0, c: c0, d: d0, e: e0, f: f0 } = this;
    this.a = a0 * a + c0 * b;
    this.b = b0 * a + d0 * b;
    this.c = a0 * c + c0 * d;
    this.d = b0 * c + d0 * d;
    this.e = a0 * e + c0 * f + e0;
    this.f = b0 * e + d0 * f + f0;
    return this;
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiply(sx, 0, 0, sy, 0, 0);
  }
  translateSelf(tx = 0, ty = 0): this {
    return this.multiply(1, 0, 0, 1, tx, ty);
  }
}

/**
 * The legacy build's polyfills (core-js) replace some built-ins Node already has when its V8 is
 * older than they like: Array.prototype.push and JSON.parse become JavaScript, which slowed every
 * later push and parse of the process (indexing, checking) several times over. This records the
 * built-ins' own properties and, once pdfjs is loaded, puts back any it replaced; what it only
 * adds (methods Node lacks, which pdfjs calls) stays.
 */
function keepBuiltins(): () => void {
  const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  const targets: object[] = [Object, Function.prototype, Array, Array.prototype, String, String.prototype, Number, Number.prototype, JSON, Math, Promise, Promise.prototype, Map, Map.prototype, Set, Set.prototype, WeakMap.prototype, RegExp.prototype, Symbol, ArrayBuffer.prototype, typedArray, (typedArray as { prototype: object }).prototype, Uint8Array, Uint8Array.prototype, iteratorPrototype];
  const saved = targets.map((t) => [t, Object.getOwnPropertyDescriptors(t)] as const);
  // globals: only the plain values (constructors, functions); Node's lazy getters turn into values when read
  const globals = Object.entries(Object.getOwnPropertyDescriptors(globalThis)).filter(([, d]) => "value" in d && typeof d.value === "function");
  return () => {
    for (const [target, before] of saved) {
      for (const key of Reflect.ownKeys(before)) {
        const was = before[key as keyof typeof before] as PropertyDescriptor;
        const now = Object.getOwnPropertyDescriptor(target, key);
        if (now && (!Object.is(now.value, was.value) || now.get !== was.get || now.set !== was.set)) Object.defineProperty(target, key, was);
      }
    }
    for (const [key, was] of globals) {
      const now = Object.getOwnPropertyDescriptor(globalThis, key);
      if (now && !Object.is(now.value, was.value)) Object.defineProperty(globalThis, key, was);
    }
  };
}

export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    // pdfjs builds a DOMMatrix when it loads, for rendering (which text extraction never does);
    // Node has none, and the canvas package pdfjs would take it from is not shipped
    g.DOMMatrix ??= RenderingOnlyMatrix;
    const restore = keepBuiltins();
    try {
      // pdfjs runs its worker's code in-thread when it finds it here ("fake worker")
      g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      return await import("pdfjs-dist/legacy/build/pdf.mjs");
    } finally {
      restore();
    }
  })();
  return loading;
}
