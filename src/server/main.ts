// The server's entry (dist/server.js): turns on Node's compile cache in the folder the client names
// (GROUNDWORK_COMPILE_CACHE, under the extension's global storage), then loads the server's bundle
// (dist/server-bundle.js). Every start after the first then skips compiling the bundle: about 0.1 s
// less before the first findings (bench/server-open.mjs, Node 24). Nodes before 22.1 (an older
// Electron's) have no compile cache and start as before.
import * as path from "node:path";
import * as nodeModule from "node:module";

export function enableCompileCache(dir: string | undefined): boolean {
  const enable = (nodeModule as { enableCompileCache?: (dir: string) => { status: number } }).enableCompileCache;
  if (!dir || !path.isAbsolute(dir) || typeof enable !== "function") return false;
  try {
    return enable(dir).status !== 0;
  } catch {
    return false; // an unwritable folder: start without the cache
  }
}

if (require.main === module) {
  enableCompileCache(process.env.GROUNDWORK_COMPILE_CACHE);
  (require(path.join(__dirname, "server-bundle.js")) as { runAsProcess(): void }).runAsProcess();
}
