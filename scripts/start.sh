#!/usr/bin/env bash
# `npm start`: installs everything, loads the seed content, builds the public site from the
# published snapshot, then runs the CMS (admin + API) and serves the site. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-3000}" SITE_PORT="${SITE_PORT:-4321}"
export CMS_URL="${CMS_URL:-http://localhost:$PORT}" SITE_URL="${SITE_URL:-http://localhost:$SITE_PORT}"

bash scripts/bootstrap.sh

echo "[start] loading the seed content…"
pnpm --silent seed

echo "[start] building the public site from the published snapshot…"
pnpm --silent --filter @nlv/cms snapshot
pnpm --silent --filter @nlv/site build

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "[start] starting the CMS on $CMS_URL (development mode; the first admin page compiles for a minute)…"
pnpm --filter @nlv/cms dev --port "$PORT" &
pids+=($!)
pnpm --filter @nlv/site serve &
pids+=($!)

for _ in $(seq 1 180); do
  curl -fs -o /dev/null "$CMS_URL/api/fact-sheets?limit=1" && break
  sleep 1
done
cat <<MSG

  Nourrir la vie is running.
    Admin (CMS):   $CMS_URL/admin      (accounts printed above by the seed)
    REST API:      $CMS_URL/api/fact-sheets
    Public site:   $SITE_URL
  Ctrl-C stops everything.

MSG
wait -n "${pids[@]}"
