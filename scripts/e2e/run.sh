#!/usr/bin/env bash
# Runs an extension test suite inside code-server's real Node extension host, with the contract of
# @vscode/test-electron's runTests (extensionDevelopmentPath + a module exporting run(): Promise<void>).
# Exits with the suite's result. Adapted from the offline "vscode-e2e" kit; run setup.sh once first.
# usage: run.sh <extensionDevelopmentPath> <extensionTestsPath.js> <workspaceFolder>
# env: VSC_E2E_DIR, CHROMIUM, TEST_TIMEOUT (s, default 300), KEEP_DATA=1, VERBOSE=1
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
D=${VSC_E2E_DIR:-$HOME/.cache/vscode-e2e}
[ $# -ge 3 ] || { echo "usage: $0 <extensionDevelopmentPath> <extensionTestsPath.js> <workspaceFolder>" >&2; exit 2; }
DEV=$(realpath "$1"); TESTS=$(realpath "$2"); WS=$(realpath "$3")
NODE24=$(ls "$D"/node24/node_modules/node-linux-*/bin/node 2>/dev/null | head -1)
CS="$D/cs/node_modules/code-server/out/node/entry.js"
{ [ -n "$NODE24" ] && [ -x "$NODE24" ] && [ -f "$CS" ]; } || { echo "[vscode-e2e] not set up: run npm run e2e:setup (scripts/e2e/setup.sh) first" >&2; exit 2; }
PORT=$("$NODE24" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
DATA=$(mktemp -d "${TMPDIR:-/tmp}/groundwork-e2e.XXXXXX")
mkdir -p "$DATA/user/User" "$DATA/ext" "$DATA/config" "$DATA/home"
cp "$HERE/settings.json" "$DATA/user/User/settings.json"
T0=$(date +%s%N)
# code-server writes under ~/.config, ~/.local/share and ~/.cache: keep them in the throwaway dir
HOME="$DATA/home" XDG_CONFIG_HOME="$DATA/config" XDG_DATA_HOME="$DATA/xdg" setsid "$NODE24" "$CS" \
  --config "$DATA/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$DATA/user" --extensions-dir "$DATA/ext" \
  --vscode-option enable-smoke-test-driver > "$DATA/server.log" 2>&1 &
SPID=$!
cleanup() {
  # end the whole process group: code-server leaves language servers and watchers behind otherwise
  kill -TERM -- -$SPID 2>/dev/null; for _ in $(seq 1 50); do kill -0 -- -$SPID 2>/dev/null || break; sleep 0.1; done; kill -KILL -- -$SPID 2>/dev/null
}
trap 'cleanup; exit 130' INT TERM
up=0
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then up=1; break; fi
  kill -0 $SPID 2>/dev/null || break
  sleep 0.2
done
if [ $up = 1 ]; then
  NODE_PATH="$HERE/../../node_modules" "$NODE24" "$HERE/run-ext-tests.js" "http://127.0.0.1:$PORT" "$DEV" "$TESTS" "$WS" "${TEST_TIMEOUT:-300}"; RC=$?
else
  echo "[vscode-e2e] code-server did not start"; RC=3
fi
echo "[vscode-e2e] rc=$RC in $(( ($(date +%s%N) - T0) / 1000000 )) ms"
cleanup
[ "$RC" = 0 ] || { echo "[vscode-e2e] server log tail:"; tail -n 40 "$DATA/server.log"; }
if [ "${KEEP_DATA:-0}" = 1 ]; then echo "[vscode-e2e] data kept in $DATA"; else rm -rf "$DATA"; fi
exit $RC
