#!/usr/bin/env bash
# `npm start`: installs everything, makes the database with the committed migrations (the
# same path as production), loads the seed content and builds the public site once
# (content-seed/src/quickstart.ts) while it builds the CMS for production (reused while its
# sources are unchanged), then runs the CMS (admin + API, with the publishing pipeline) and
# serves the live public site, which the CMS rebuilds after every publish. Ctrl-C stops both.
#
# Safe by default: the CMS runs with NODE_ENV=production, so its start-up checks apply; the
# secret and the accounts' password are generated on the first start (scripts/
# quickstart-secrets.mjs) unless PAYLOAD_SECRET / SEED_PASSWORD are set in the environment.
# NLV_START_SKIP_INSTALL=1 skips the dependency install (tests that run this script).
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-3000}" SITE_PORT="${SITE_PORT:-4321}"
export CMS_URL="${CMS_URL:-http://localhost:$PORT}" SITE_URL="${SITE_URL:-http://localhost:$SITE_PORT}"
# Absolute, so that every script (run from its own package folder) means the same folder.
NLV_DATA_DIR="$(realpath -m "${NLV_DATA_DIR:-var}")"
export NLV_DATA_DIR
# The quick start's database is made and upgraded by the committed migrations only, never by
# schema push: the same file can go to production unchanged.
export NLV_DB_PUSH=false

if [ "${NLV_START_SKIP_INSTALL:-}" != 1 ]; then bash scripts/bootstrap.sh; fi

eval "$(node scripts/quickstart-secrets.mjs)"

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# The CMS's production build (reused while its sources are unchanged) needs no database: it
# runs while the database is made and the first public site is built, so both are ready
# together on two cores.
pnpm --silent --filter @nlv/cms build &
build_pid=$!
pids+=("$build_pid")
echo "[start] making the database (committed migrations), loading the seed content…"
pnpm --silent --filter @nlv/content-seed quickstart
wait "$build_pid" || { echo "[start] the CMS build failed (see above)" >&2; exit 1; }
pids=()

echo "[start] starting the CMS on $CMS_URL…"
NODE_ENV=production pnpm --silent --filter @nlv/cms start --port "$PORT" &
cms_pid=$!
pids+=("$cms_pid")
pnpm --silent --filter @nlv/cms serve:site &
pids+=($!)

until curl -fs -o /dev/null "$CMS_URL/api/users/me"; do
  kill -0 "$cms_pid" 2>/dev/null || { echo "[start] the CMS stopped (see its message above)" >&2; exit 1; }
  sleep 0.5
done
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "$SITE_URL/" && break
  sleep 0.5
done
cat <<MSG

  Nourrir la vie is running.
    Admin (CMS):   $CMS_URL/admin
    REST API:      $CMS_URL/api/fact-sheets
    Public site:   $SITE_URL           (rebuilt after every publish)
    Accounts:      admin@nourrirlavie.local, editor@nourrirlavie.local, reviewer@nourrirlavie.local
                   password: SEED_PASSWORD from ${NLV_SEED_PASSWORD_FROM}
  Ctrl-C stops everything.

MSG
wait -n "${pids[@]}"
