#!/usr/bin/env bash
# The whole test suite: system packages if missing, the type check, unit and integration tests (vitest), then every
# notebook executed headlessly. Ends with one line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh || exit 1
mkdir -p .tmp
npx tsc --noEmit -p . || { echo "tests: 0 passed, 1 failed (type check)"; exit 1; }
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json
unit=$?
node bin/doichieu.js notebooks --execute --out .tmp/notebooks
nb=$?
node -e '
const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
const nbOk = process.argv[1] === "0";
const passed = r.numPassedTests + (nbOk ? 1 : 0), failed = r.numFailedTests + (nbOk ? 0 : 1);
console.log(`tests: ${passed} passed, ${failed} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$nb" || true
[ $unit -eq 0 ] && [ $nb -eq 0 ]
