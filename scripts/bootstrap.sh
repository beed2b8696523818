#!/usr/bin/env bash
# Installs what the platform needs on a machine that has only Node.js (>= 20.9):
# the pinned pnpm, then the workspace's dependencies from the committed lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<9)) { console.error("Node.js >= 20.9 is required (found "+process.version+")"); process.exit(1) }'

want=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  echo "[bootstrap] installing pnpm $want (npm i -g; corepack is not usable here)…"
  npm install -g "pnpm@$want" --no-fund --no-audit >/dev/null
fi

echo "[bootstrap] installing dependencies (pnpm install --frozen-lockfile)…"
pnpm install --frozen-lockfile --reporter=append-only | grep -vE '^(Progress|Packages:|\+)' || true
test -d node_modules/.pnpm || { echo "[bootstrap] pnpm install failed" >&2; exit 1; }
