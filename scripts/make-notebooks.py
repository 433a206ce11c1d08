"""Writes the analysts' notebooks (without outputs) from the cell lists below. Run after editing."""
import json, pathlib

KERNEL = {"kernelspec": {"display_name": "TypeScript (doichieu)", "language": "typescript", "name": "doichieu-tslab"},
          "language_info": {"name": "typescript"}}

def nb(cells):
    out = []
    for kind, text in cells:
        src = text.strip("\n").splitlines(keepends=True)
        cell = {"cell_type": kind, "metadata": {}, "source": src}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        out.append(cell)
    return {"cells": out, "metadata": KERNEL, "nbformat": 4, "nbformat_minor": 5}

SETUP = [("code", """
// Parameters: a JSON file named by DOICHIEU_NOTEBOOK_PARAMS may override the inputs (tslab takes no papermill parameters).
import { readFileSync } from 'node:fs';
import { loadApi } from './notebooks/doichieu.mjs';
const dc = await loadApi();
"""),
    ("code", """
const params = process.env.DOICHIEU_NOTEBOOK_PARAMS ? JSON.parse(readFileSync(process.env.DOICHIEU_NOTEBOOK_PARAMS, 'utf8')) : {};
const registryFiles = (params.registry ?? ['data-samples/small/registry.csv']) as string[];
const populationFile = (params.population ?? 'data-samples/small/population.csv') as string;
"""),
    ("code", """
const s = await dc.open();
const loaded = await dc.load(s, { registry: registryFiles, population: populationFile });
loaded.totals
""")]

profile = nb([
    ("markdown", """
# 01 · Chất lượng dữ liệu số hóa (data-quality profile)

An analyst's walk through a generated Bạc Liêu extract: load it, profile it, find the worst commune,
drill into the failing rows and chart them. Everything runs on the project's own modules (`src/api.ts`);
query results are apache-arrow Tables that Observable Plot takes directly.
"""),
    *SETUP,
    ("markdown", "## Profile\nCompleteness of the fields each event type requires, validity rules, suspected duplicates."),
    ("code", """
const p = await dc.profile(s);
({ rows: p.rows, rules: p.rules.filter((r: any) => r.failing > 0).length, seconds: p.seconds })
"""),
    ("markdown", "## Which commune was digitized worst?\nRequired fields filled, per commune (all event types)."),
    ("code", """
const communes = await s.sql(`
  select c.commune_code, u.commune_name, u.district_name, c.expected, c.filled, round(100 * c.filled_share, 2) as filled_pct
  from profile_completeness c join units_2023 u using (commune_code)
  where c.breakdown = 'commune' order by c.filled_share asc limit 10`);
console.table(communes.toArray().map((r: any) => r.toJSON()));
const worst = communes.get(0)!.toJSON().commune_code as string;
worst
"""),
    ("markdown", "## Failing rules in that commune\nEach rule has a code, Vietnamese and English labels and a severity; its failing rows are kept in `profile_failures`."),
    ("code", """
const byRule = await s.sql(`
  select f.rule_code, r.label_vi, r.severity, count(*) as failing
  from profile_failures f join profile_rules r on r.code = f.rule_code
  where f.commune_code = $commune group by all order by failing desc`, { commune: worst });
console.table(byRule.toArray().map((r: any) => r.toJSON()));
"""),
    ("code", """
// the failing rows themselves (analysts are authorised to see them; they never leave the campaign database)
const rows = await s.sql(`select rule_code, record_id, role, field, reason from profile_failures where commune_code = $commune order by rule_code, record_id limit 8`, { commune: worst });
console.table(rows.toArray().map((r: any) => r.toJSON()));
"""),
    ("markdown", "## Chart: validity failures by rule, province-wide"),
    ("code", """
const rules = await s.sql(`select r.label_vi as rule, count(*) as failing from profile_failures f join profile_rules r on r.code = f.rule_code group by 1 order by 2 desc`);
await dc.show(dc.plot({
  marginLeft: 260, height: 24 * rules.numRows + 40, x: { label: 'Số dòng lỗi', grid: true }, y: { label: null },
  marks: [dc.Plot.barX(rules, { y: 'rule', x: 'failing', sort: { y: '-x' }, fill: '#b45309' }), dc.Plot.ruleX([0])],
}));
"""),
    ("markdown", "## Chart: records by registration decade and event type"),
    ("code", """
const decades = await s.sql(`select (registered_year // 10) * 10 as decade, event_type, count(*) as records from registrations where registered_year is not null group by all order by 1`);
await dc.show(dc.plot({
  color: { legend: true }, x: { label: 'Thập niên đăng ký', tickFormat: 'd' }, y: { label: 'Số hồ sơ', grid: true },
  marks: [dc.Plot.barY(decades, { x: 'decade', y: 'records', fill: 'event_type' }), dc.Plot.ruleY([0])],
}));
"""),
    ("markdown", "## Suspected duplicate registrations vs twins"),
    ("code", """
const dup = await s.sql(`select finding, count(*) as pairs from profile_duplicate_pairs group by 1 order by 1`);
console.table(dup.toArray().map((r: any) => r.toJSON()));
s.close();
"""),
])

reconcile = nb([
    ("markdown", """
# 02 · Đối chiếu với CSDLQG về dân cư (reconciliation)

Run the matcher on a sample, inspect what the EM learnt, explain a discrepant and an ambiguous record,
and plot the score distribution.
"""),
    *SETUP,
    ("code", """
const m = await dc.match(s);
const outcomes = await s.sql(`select outcome, count(*) as persons from match_results group by 1 order by 2 desc`);
console.table(outcomes.toArray().map((r: any) => r.toJSON()));
"""),
    ("markdown", "## What the EM learnt\nm and u probabilities per comparison level, and the match weight log2(m/u) each level adds."),
    ("code", """
const params = await s.sql(`select * from match_parameters limit 40`);
console.table(params.toArray().map((r: any) => r.toJSON()));
"""),
    ("markdown", "## Explain a discrepant record\nPer field: comparison level and weight; the waterfall adds them up from the prior."),
    ("code", """
const discrepant = (await s.rows(`select person_id from match_results where outcome = 'discrepant' and method = 'probabilistic' order by person_id limit 1`))[0].person_id as string;
const e = await dc.explainPerson(s.connection, discrepant);
const best = e.candidates[0];
await dc.show(dc.plot(dc.waterfallChart(e.prior, best)));
({ outcome: e.outcome, errors: e.errors, candidates: e.candidates.length })
"""),
    ("markdown", "## An ambiguous record, if the sample has one\nTwo candidates too close to call: both are kept for clerical review, never guessed."),
    ("code", """
const amb = await s.rows(`select person_id, score, second_score from match_results where outcome = 'ambiguous' order by person_id limit 1`);
if (amb.length) {
  const a = await dc.explainPerson(s.connection, amb[0].person_id as string);
  console.log(a.candidates.slice(0, 2).map((c: any) => ({ weight: c.weight })));
} else {
  console.log('no ambiguous record in this sample');
}
"""),
    ("markdown", "## Score distribution"),
    ("code", """
const scores = await s.sql(`select match_weight, outcome from match_results where match_weight is not null`);
await dc.show(dc.plot({
  color: { legend: true }, x: { label: 'Trọng số (log2)' }, y: { label: 'Số người', grid: true },
  marks: [dc.Plot.rectY(scores, dc.Plot.binX({ y: 'count' }, { x: 'match_weight', fill: 'outcome', thresholds: 40 })), dc.Plot.ruleY([0])],
}));
"""),
    ("code", """
const errors = await s.sql(`select code, count(*) as n from (select unnest(string_split(errors, ';')) as code from match_results where errors <> '') group by 1 order by 2 desc`);
console.table(errors.toArray().map((r: any) => r.toJSON()));
s.close();
"""),
])

report = nb([
    ("markdown", """
# 03 · Báo cáo theo giai đoạn (reports and runs)

Build the leadership report for a phase from a notebook, customise a chart, and compare two runs.
"""),
    ("code", """
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApi } from './notebooks/doichieu.mjs';
const dc = await loadApi();
"""),
    ("code", """
const params = process.env.DOICHIEU_NOTEBOOK_PARAMS ? JSON.parse(readFileSync(process.env.DOICHIEU_NOTEBOOK_PARAMS, 'utf8')) : {};
const registryFiles = (params.registry ?? ['data-samples/small/registry.csv']) as string[];
const populationFile = (params.population ?? 'data-samples/small/population.csv') as string;
const campaign = dc.loadConfig('data-samples/campaign.yaml');
const work = mkdtempSync(join(tmpdir(), 'doichieu-nb-'));
const historyFile = join(work, 'history.duckdb');
campaign.phases.map((p: any) => p.name)
"""),
    ("markdown", "## Run the pilot phase\nIngest, profile and match in the pilot communes' scope, then the run folder (report, worklists)."),
    ("code", """
const first = await dc.runPhase({ registry: registryFiles, population: populationFile, config: campaign, phase: 'pilot', history: historyFile, out: join(work, 'run1'), pdf: false });
({ run: first.runId, headline: first.summary.headline })
"""),
    ("markdown", "## Customise a chart: consistency rate per pilot commune"),
    ("code", """
const byCommune = first.summary.by_commune.filter((d: any) => d.pilot).map((d: any) => ({ commune: d.label, rate: (100 * d.consistent) / Math.max(1, d.compared) }));
await dc.show(dc.plot({
  marginLeft: 220, x: { label: 'Tỷ lệ thống nhất (%)', domain: [0, 100], grid: true }, y: { label: null },
  marks: [dc.Plot.barX(byCommune, { y: 'commune', x: 'rate', fill: '#15803d', sort: { y: '-x' } }), dc.Plot.ruleX([0])],
}));
console.table(byCommune);
"""),
    ("markdown", "## A second run after corrections, and what changed\nHere the corrected register is simulated by rerunning on the same inputs: nothing is fixed and nothing is new."),
    ("code", """
const second = await dc.runPhase({ registry: registryFiles, population: populationFile, config: campaign, phase: 'pilot', history: historyFile, out: join(work, 'run2'), pdf: false });
const h = await dc.openHistory(historyFile, { readOnly: true });
const diff = await dc.compareRuns(h, first.runId, second.runId);
await h.close();
({ fixed: diff.fixed, new_problems: diff.new_problems, still_open: diff.still_open })
"""),
])

for name, book in [("01-profile", profile), ("02-reconcile", reconcile), ("03-report", report)]:
    path = pathlib.Path(__file__).resolve().parent.parent / "notebooks" / f"{name}.ipynb"
    path.write_text(json.dumps(book, indent=1, ensure_ascii=False) + "\n")
