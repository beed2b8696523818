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

# A content hash of what the install depends on: when it matches the last successful install,
# there is nothing to do (`pnpm install` itself takes 10 s and more to find that out).
inputs_hash=$({ node --version; cat package.json pnpm-lock.yaml pnpm-workspace.yaml */package.json; } | sha256sum | cut -d' ' -f1)
stamp=node_modules/.nlv-install.sha256
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$inputs_hash" ]; then
  echo "[bootstrap] dependencies are installed and up to date"
  exit 0
fi

echo "[bootstrap] installing dependencies (pnpm install --frozen-lockfile)…"
# pipefail: the pipeline fails when pnpm does (the filter itself never fails).
pnpm install --frozen-lockfile --reporter=append-only | { grep -vE '^(Progress|Packages:|\+)' || true; } ||
  { echo "[bootstrap] pnpm install failed" >&2; exit 1; }
test -d node_modules/.pnpm || { echo "[bootstrap] pnpm install failed" >&2; exit 1; }
echo "$inputs_hash" > "$stamp"
