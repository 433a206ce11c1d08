import { formatNumber, formatPercent } from '../vn/numbers.js';
import { EVENT_LABELS, FIELD_LABELS, ROLE_LABELS, SEVERITY_LABELS, label, type Language } from './labels.js';
import type { ProfileFigures } from './types.js';

/**
 * The compact summary the CLI prints: rows, completeness, worst fields and communes x years, the
 * rules that failed most, duplicate and twin pairs. Aggregates only.
 *
 * @example
 * console.log(profileSummaryText(await profileFigures(c), 'vi'));
 */
export function profileSummaryText(f: ProfileFigures, language: Language, top = 5): string {
  const vi = language === 'vi';
  const n = (x: number) => formatNumber(x, language);
  const pct = (x: number | null) => (x === null ? '–' : formatPercent(x, language));
  const lines: string[] = [];
  lines.push(
    vi
      ? `Hồ sơ: ${n(f.rows.registrations)} · người trong hồ sơ: ${n(f.rows.persons)} · CSDL dân cư: ${n(f.rows.population)}`
      : `Records: ${n(f.rows.registrations)} · persons: ${n(f.rows.persons)} · population: ${n(f.rows.population)}`,
  );
  const quarantined = f.quarantine.reduce((sum, q) => sum + q.rows, 0);
  if (quarantined > 0) lines.push(`${vi ? 'Dòng bị cách ly khi nạp' : 'Rows quarantined by ingest'}: ${n(quarantined)}`);
  lines.push(`${vi ? 'Trường bắt buộc đã điền' : 'Required fields filled'}: ${pct(f.completeness.overall.filled_share)} (${vi ? 'đọc được' : 'readable'} ${pct(f.completeness.overall.usable_share)})`);
  lines.push(vi ? 'Trường thiếu nhiều nhất:' : 'Fields most often missing:');
  for (const r of f.completeness.worst_fields.slice(0, top)) {
    lines.push(`  ${label(EVENT_LABELS, r.event_type, language)} / ${label(ROLE_LABELS, r.role, language)} / ${label(FIELD_LABELS, r.field, language)}: ${pct(r.filled_share)} ${vi ? 'của' : 'of'} ${n(r.expected)}`);
  }
  lines.push(vi ? 'Xã x năm đăng ký kém đầy đủ nhất:' : 'Least complete communes x years:');
  for (const r of f.completeness.worst_commune_years.slice(0, top)) {
    lines.push(`  ${r.commune_name ?? r.commune_code} (${r.commune_code}) ${r.registered_year ?? '?'}: ${pct(r.filled_share)} ${vi ? 'của' : 'of'} ${n(r.expected)}`);
  }
  lines.push(vi ? 'Quy tắc vi phạm nhiều nhất:' : 'Rules failing most:');
  const failing = f.rules.filter((r) => r.failing_rows > 0).sort((a, b) => b.failing_rows - a.failing_rows).slice(0, top * 2);
  for (const r of failing) {
    lines.push(`  [${label(SEVERITY_LABELS, r.severity, language)}] ${r.code} — ${vi ? r.label_vi : r.label_en}: ${n(r.failing_rows)}`);
  }
  lines.push(
    vi
      ? `Nghi trùng khai sinh: ${n(f.duplicates.duplicate_registration_pairs)} cặp · sinh đôi: ${n(f.duplicates.twin_pairs)} cặp`
      : `Suspected duplicate births: ${n(f.duplicates.duplicate_registration_pairs)} pairs · twins: ${n(f.duplicates.twin_pairs)} pairs`,
  );
  return lines.join('\n');
}
