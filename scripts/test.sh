#!/usr/bin/env bash
# `npm test`: installs what the tests need (pnpm, dependencies, Debian's Chromium) and runs
# every suite: types, lint, formatting, unit, integration (real Payload on temporary SQLite
# files), site builds and browser tests. With NLV_TEST_POSTGRES=1 (set by CI) the CMS integration suite
# runs a second time against a real PostgreSQL server on 127.0.0.1 (NLV_TEST_POSTGRES_URL, when
# set, names a server already running: no install, no clean-up of earlier runs' databases).
#
# The steps run one after the other (running the browser steps beside the CMS suites was
# tried: two Astro builds of the one site project then collide in site/.astro, and the whole
# run took 1,799 s against 1,855 s in sequence). Any failed step makes the exit status 1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/ensure-chromium.sh
# Debian's nginx for the reverse-proxy suite (tests/proxy/, in "browser (end to end)").
bash scripts/ensure-nginx.sh

# NLV_TEST_REPORTS=<folder> keeps the JSON reports (per-file and per-test durations) there.
results=${NLV_TEST_REPORTS:-$(mktemp -d)}
mkdir -p "$results"
steps=$(mktemp -d)
step_times=""
started_all=$SECONDS
# A failed step's name is written to $steps/failed.
run() {
  local name=$1
  shift
  echo
  echo "=== $name ==="
  local started=$SECONDS
  "$@" || echo "$name" >>"$steps/failed"
  echo "--- $name: $((SECONDS - started)) s"
  step_times+="  $name: $((SECONDS - started)) s"$'\n'
}

# vitest writes a JSON report per suite; the counts are summed at the end.
vt() { echo "--reporter=default --reporter=json --outputFile=$results/$1.json"; }

if [ "${NLV_TEST_POSTGRES:-}" = 1 ]; then
  url=${NLV_TEST_POSTGRES_URL:-$(bash scripts/ensure-test-postgres.sh)}
fi

run "typecheck" pnpm -s typecheck
run "lint" pnpm -s lint
run "format" pnpm -s format:check
run "shared (unit)" pnpm --filter @nlv/shared exec vitest run $(vt shared)
run "cms (integration, SQLite)" pnpm --filter @nlv/cms exec vitest run $(vt cms)
run "content-seed (integration)" pnpm --filter @nlv/content-seed exec vitest run $(vt seed)
if [ "${NLV_TEST_POSTGRES:-}" = 1 ]; then
  run "cms (integration, PostgreSQL)" env NLV_TEST_POSTGRES_URL="$url" pnpm --filter @nlv/cms exec vitest run $(vt cms-postgres)
fi
run "site (builds)" pnpm --filter @nlv/site exec vitest run $(vt site)
run "browser (end to end)" pnpm --filter @nlv/tests exec vitest run --project fixture-site --project cross-package $(vt e2e)
# The README's quick start → production path: the CMS's production build (reused when cms/.next
# was built from the same sources, else about 4 minutes) and about 5 minutes of start-ups.
run "production path" pnpm --filter @nlv/tests exec vitest run --project production $(vt production)
# Uploads in an S3 bucket (s3rver, from npm, on loopback): the upload checks and the draft canary again.
run "object storage (S3)" env NLV_TEST_S3=1 pnpm --filter @nlv/cms exec vitest run test/uploads.int.spec.ts $(vt cms-s3)
run "draft canary (S3)" env NLV_TEST_S3=1 pnpm --filter @nlv/tests exec vitest run --project cross-package hardening/draft-canary.int.spec.ts $(vt canary-s3)
if [ "${NLV_TEST_POSTGRES:-}" = 1 ]; then
  # Two CMS web instances and a worker on one PostgreSQL database, uploads and site in s3rver buckets.
  run "several CMS instances (PostgreSQL, S3)" env NLV_TEST_POSTGRES_URL="$url" pnpm --filter @nlv/tests exec vitest run --project multi-instance $(vt multi-instance)
fi
echo
echo "[test] steps:"
echo "$step_times" | sed '/^$/d'
echo "[test] all steps: $((SECONDS - started_all)) s"

node -e '
  const fs = require("fs"), path = require("path"), dir = process.argv[1]
  let passed = 0, failed = 0, skipped = 0
  for (const f of fs.readdirSync(dir)) {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests
  }
  const failures = []
  for (const f of fs.readdirSync(dir)) {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))
    for (const file of r.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (t.status !== "failed") continue
        const why = (t.failureMessages ?? [])[0] ?? ""
        failures.push(`  [${f.replace(/\.json$/, "")}] ${path.relative(process.cwd(), file.name)} > ${t.fullName} (${Math.round((t.duration ?? 0) / 1000)} s)\n      ${why.split("\n")[0].slice(0, 300)}`)
      }
      // A file that failed before or around its tests (a beforeAll that threw) has no failed
      // test of its own: count it, or the closing line would say 0 failed.
      if (file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed")) {
        failed += 1
        failures.push(`  [${f.replace(/\.json$/, "")}] ${path.relative(process.cwd(), file.name)} (file failed to run)\n      ${(file.message ?? "").split("\n")[0].slice(0, 300)}`)
      }
    }
  }
  if (failures.length) console.log(`\nFailed:\n${failures.join("\n")}`)
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
' "$results"
if [ -s "$steps/failed" ]; then
  printf 'Steps that failed: %s\n' "$(paste -sd, "$steps/failed")"
  exit 1
fi
