#!/usr/bin/env bash
# `npm start`: installs everything, loads the seed content, then runs the CMS (admin + API,
# with the publishing pipeline) and serves the live public site. The CMS builds the site on
# its first start and after every publish. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-3000}" SITE_PORT="${SITE_PORT:-4321}"
export CMS_URL="${CMS_URL:-http://localhost:$PORT}" SITE_URL="${SITE_URL:-http://localhost:$SITE_PORT}"

bash scripts/bootstrap.sh

echo "[start] loading the seed content…"
pnpm --silent seed

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "[start] starting the CMS on $CMS_URL (development mode)…"
pnpm --filter @nlv/cms dev --port "$PORT" &
pids+=($!)
pnpm --silent --filter @nlv/cms serve:site &
pids+=($!)

# The first request starts Payload, which queues the first site build if none is live.
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "$CMS_URL/api/fact-sheets?limit=1" && break
  sleep 1
done
echo "[start] building the public site (first start only; about a minute)…"
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$SITE_URL/" && break
  sleep 1
done
cat <<MSG

  Nourrir la vie is running.
    Admin (CMS):   $CMS_URL/admin      (accounts printed above by the seed)
    REST API:      $CMS_URL/api/fact-sheets
    Public site:   $SITE_URL           (rebuilt after every publish)
  Ctrl-C stops everything.

MSG
wait -n "${pids[@]}"
