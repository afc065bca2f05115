// scripts/e2e/setup.sh takes a lock on its kit folder before installing anything, so two runs at
// once (CI next to a manual run) never install into the same folder together. Checked without
// installing: the lock is held here, and the script must wait for it and give up, having done nothing.
import { strict as assert } from "node:assert";
import { spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { remove, tempDir } from "../fixtures/helpers/tree";

const SETUP = join(__dirname, "../../scripts/e2e/setup.sh");

describe("e2e setup: one run at a time per kit folder", function () {
  this.timeout(60_000);
  it("a second setup waits for the lock and installs nothing while another holds it", async function () {
    if (spawnSync("flock", ["--version"]).status !== 0) this.skip();
    const kit = tempDir("gw-e2e-kit-");
    // one process holds the lock (sleep, exec'd with the locked descriptor): killing it releases it
    const holder = spawn("bash", ["-c", 'exec 9>"$0"; flock 9; exec sleep 30', join(kit, ".setup.lock")], { stdio: "ignore" });
    try {
      // the holder has the lock once `flock -n` fails on it
      while (spawnSync("flock", ["-n", join(kit, ".setup.lock"), "true"]).status === 0) await new Promise((r) => setTimeout(r, 20));
      const r = spawnSync("bash", [SETUP], { env: { ...process.env, VSC_E2E_DIR: kit, VSC_E2E_LOCK_WAIT: "1", CHROMIUM: "/nonexistent" }, encoding: "utf8" });
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stdout, /another e2e setup is running in .*; waiting for it/);
      assert.match(r.stderr, /another e2e setup still holds .*\.setup\.lock after 1 s/);
      assert.deepEqual(readdirSync(kit), [".setup.lock"], "nothing installed");
    } finally {
      holder.kill();
      remove(kit);
    }
  });
});
