#!/usr/bin/env bash
# Regenerates the small committed samples in data-samples/ (deterministic: same bytes every time).
# Calls generate() directly, so it does not depend on the rest of the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf data-samples/small data-samples/legacy-tcvn3 data-samples/cp1258
node --import tsx --input-type=module -e "
import { generate } from './src/generate/index.ts';
await generate({ scale: 2000, seed: 1, out: 'data-samples/small' });
await generate({ scale: 300, seed: 1, encoding: 'tcvn3', vietnameseHeaders: true, out: 'data-samples/legacy-tcvn3' });
await generate({ scale: 300, seed: 1, encoding: 'cp1258', out: 'data-samples/cp1258' });
"
du -sh data-samples/small data-samples/legacy-tcvn3 data-samples/cp1258
