#!/usr/bin/env bash
# `npm test`: installs what the tests need (pnpm, dependencies, Debian's Chromium) and runs
# every suite: unit, integration (real Payload on temporary SQLite files), build and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/ensure-chromium.sh

status=0
run() {
  echo
  echo "=== $1 ==="
  shift
  "$@" || status=1
}
run "typecheck" pnpm -s typecheck
run "shared (unit)" pnpm --filter @nlv/shared test
run "cms (integration)" pnpm --filter @nlv/cms test
run "content-seed (integration)" pnpm --filter @nlv/content-seed test
run "site (build)" pnpm --filter @nlv/site test
run "browser (end to end)" pnpm --filter @nlv/tests test
exit $status
