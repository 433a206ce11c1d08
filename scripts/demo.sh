#!/usr/bin/env bash
# The demo, end to end on generated data: a synthetic Bạc Liêu extract (about 5.000 registrations),
# then every stage for the pilot phase and for the whole province. Outputs land in reports/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=reports/demo
mkdir -p "$out"
node bin/doichieu.js generate --scale "${DEMO_SCALE:-5000}" --seed 2023 --out "$out/data"
node bin/doichieu.js run --config data-samples/campaign.yaml --phase pilot \
  --registry "$out/data/registry.csv" --population "$out/data/population.csv" \
  --history "$out/history.duckdb" --db "$out/campaign.duckdb" --out "$out/pilot"
node bin/doichieu.js run --config data-samples/campaign.yaml --phase province \
  --registry "$out/data/registry.csv" --population "$out/data/population.csv" \
  --history "$out/history.duckdb" --db "$out/campaign.duckdb" --out "$out/province"
node bin/doichieu.js evaluate --truth "$out/data/truth.csv" --db "$out/campaign.duckdb" --out "$out/province"
echo
echo "Leadership report: $out/province/report.html (and report.pdf)"
echo "Worklists:         $out/province/worklists/"
