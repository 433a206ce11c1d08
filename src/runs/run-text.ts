import { formatCount, formatShare, type Language, type RunComparison, type Summary } from '../report/index.js';

/**
 * A few lines for the terminal after a run: the headline figures and the movement since the previous
 * run. Aggregates only.
 *
 * @example
 * process.stdout.write(runText(summary, comparison, 'vi') + '\n');
 */
export function runText(summary: Summary, comparison: RunComparison | undefined, language: Language): string {
  const h = summary.headline;
  const n = (v: number) => formatCount(v, language);
  const lines =
    language === 'vi'
      ? [
          `Lần chạy ${summary.run.id} (giai đoạn ${summary.run.phase}): ${n(h.registrations)} hồ sơ, ${n(h.compared)} người đã đối chiếu`,
          `  thống nhất ${n(h.consistent)} (${formatShare(h.consistent, h.compared, language)}), sai lệch ${n(h.discrepant)}, không tìm thấy ${n(h.not_found)}, chưa xác định ${n(h.ambiguous)}, cần cấp số định danh ${n(h.pids_to_assign)}, dòng không nạp được ${n(h.quarantined)}`,
        ]
      : [
          `Run ${summary.run.id} (phase ${summary.run.phase}): ${n(h.registrations)} records, ${n(h.compared)} persons compared`,
          `  consistent ${n(h.consistent)} (${formatShare(h.consistent, h.compared, language)}), discrepant ${n(h.discrepant)}, not found ${n(h.not_found)}, ambiguous ${n(h.ambiguous)}, ID numbers to assign ${n(h.pids_to_assign)}, rows not loaded ${n(h.quarantined)}`,
        ];
  if (comparison) {
    lines.push(
      language === 'vi'
        ? `  so với ${comparison.runA}: đã khắc phục ${n(comparison.fixed)}, phát sinh mới ${n(comparison.new_problems)}, còn tồn tại ${n(comparison.still_open)}`
        : `  since ${comparison.runA}: fixed ${n(comparison.fixed)}, new problems ${n(comparison.new_problems)}, still open ${n(comparison.still_open)}`,
    );
  }
  return lines.join('\n');
}
