#!/usr/bin/env bash
# Installs a real, headless VS Code for the end-to-end tests, using only the npm registry and Debian
# packages: code-server (VS Code 1.139.1, Node extension host), the Node 24 it requires, and Debian's
# chromium (driven by the project's playwright-core). Adapted from the offline "vscode-e2e" kit.
# Unattended and idempotent: a few file checks when everything is there; ~2.5 min and ~1 GB the first time.
# env: VSC_E2E_DIR (install dir; default ~/.cache/vscode-e2e), CHROMIUM (browser binary; default /usr/bin/chromium)
set -euo pipefail
CS_VERSION=4.139.1
NODE_VERSION=24.21.0
D=${VSC_E2E_DIR:-$HOME/.cache/vscode-e2e}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
log() { echo "[e2e:setup] $*"; }
T0=$(date +%s)

# One setup at a time per kit folder: two runs installing into it at once broke each other (a CI
# run next to a manual one). A second run waits for the first, then finds everything installed.
# env: VSC_E2E_LOCK_WAIT (seconds to wait for the lock; default 1800)
mkdir -p "$D"
exec 9>"$D/.setup.lock"
if command -v flock >/dev/null; then
  if ! flock -n 9; then
    log "another e2e setup is running in $D; waiting for it"
    flock -w "${VSC_E2E_LOCK_WAIT:-1800}" 9 || { echo "[e2e:setup] another e2e setup still holds $D/.setup.lock after ${VSC_E2E_LOCK_WAIT:-1800} s" >&2; exit 2; }
  fi
else
  log "no flock on this machine: not protected against a second setup running at once"
fi

case "$(uname -m)" in
  x86_64|amd64) ARCH=x64 ;;
  aarch64|arm64) ARCH=arm64 ;;
  *) echo "[e2e:setup] unsupported CPU $(uname -m)" >&2; exit 2 ;;
esac
NODE_PKG=node-linux-$ARCH
NODE24="$D/node24/node_modules/$NODE_PKG/bin/node"
CS="$D/cs/node_modules/code-server"
cs_ok() {
  [ -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] &&
    grep -q "\"version\": \"$CS_VERSION\"" "$CS/package.json" 2>/dev/null
}

# 1. Debian packages: chromium always; a toolchain and Kerberos headers only to build code-server's native modules.
PKGS=()
[ -x "$CHROMIUM" ] || PKGS+=(chromium)
if ! cs_ok; then
  dpkg -s libkrb5-dev >/dev/null 2>&1 || PKGS+=(libkrb5-dev)
  command -v make >/dev/null || PKGS+=(make)
  command -v g++ >/dev/null || PKGS+=(g++)
  command -v python3 >/dev/null || PKGS+=(python3)
fi
command -v curl >/dev/null || PKGS+=(curl ca-certificates)
if [ ${#PKGS[@]} -gt 0 ]; then
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null && SUDO="sudo -n" || { echo "[e2e:setup] need root (or sudo) to apt-get install ${PKGS[*]}" >&2; exit 2; }
  fi
  log "apt-get install ${PKGS[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${PKGS[@]}" >/dev/null
fi
[ -x "$CHROMIUM" ] || { echo "[e2e:setup] no chromium at $CHROMIUM (set CHROMIUM=/path/to/chromium)" >&2; exit 2; }

# 2. Node 24 (code-server 4.139's postinstall refuses any other); the npm package carries the headers too.
mkdir -p "$D"
if [ ! -x "$NODE24" ] || [ "$("$NODE24" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
  log "installing $NODE_PKG@$NODE_VERSION"
  npm install --prefix "$D/node24" --no-save --no-package-lock --no-audit --no-fund "$NODE_PKG@$NODE_VERSION"
fi

# 3. code-server, its native modules built against Node 24's headers.
if ! cs_ok; then
  log "installing code-server@$CS_VERSION (native modules build: a few minutes)"
  export PATH="$(dirname "$NODE24"):$PATH"
  export npm_config_nodedir="$D/node24/node_modules/$NODE_PKG"
  # Under `npm test` the environment names the outer Node (NODE, npm_node_execpath), which npm and
  # code-server's postinstall would use; run npm itself with Node 24 and name it everywhere.
  export NODE="$NODE24" npm_node_execpath="$NODE24"
  # (and the outer npm's user agent, "npm/… node/v20 …", which the inner npm would take as its own
  # config and code-server's postinstall reads for the Node version: the inner npm then writes its own)
  unset npm_config_user_agent
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  [ -f "$NPM_CLI" ] || NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  mkdir -p "$D/cs"
  echo '{"name":"cs","private":true}' > "$D/cs/package.json"
  (cd "$D/cs" && "$NODE24" "$NPM_CLI" install --no-audit --no-fund "code-server@$CS_VERSION")
  cs_ok || { echo "[e2e:setup] code-server installed but its native modules are missing" >&2; exit 1; }
fi

# 4. The driver is the project's own playwright-core (a devDependency).
[ -f "$REPO/node_modules/playwright-core/package.json" ] || { echo "[e2e:setup] run npm ci first (playwright-core missing)" >&2; exit 2; }

log "ready in $(( $(date +%s) - T0 )) s: code-server $CS_VERSION, node $("$NODE24" --version), $("$CHROMIUM" --version 2>/dev/null | head -1) ($D)"
