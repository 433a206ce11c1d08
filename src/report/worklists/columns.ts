import { errorLabel, eventTypeLabel, fieldLabel, outcomeLabel, roleLabel, suggestedFix, type Language } from '../labels.js';

/** One line of a worklist, as report_worklist holds it. */
export interface WorklistLine {
  worklist_commune: string;
  basis: 'registration' | 'residence';
  event_type: string;
  role: string;
  outcome: string;
  errors: string;
  record_id: string;
  commune_code: string | null;
  book_no: string | null;
  registration_no: string | null;
  registered_on: string | null;
  full_name: string | null;
  dob: string | null;
  population_pid: string | null;
  error_code: string | null;
  field: string | null;
  registry_value: string | null;
  population_value: string | null;
  person_id: string;
}

/** A worklist column: its CSV name (stable, for scripts), its header for officers, its value. */
interface Column {
  key: string;
  header: Record<Language, string>;
  width: number;
  value: (line: WorklistLine, language: Language) => string;
}

const text = (v: string | null | undefined) => v ?? '';

/**
 * The worklist's columns, in order. The three verification columns are left empty for the commune
 * officer to fill in.
 */
export const WORKLIST_COLUMNS: Column[] = [
  { key: 'record_id', header: { vi: 'Mã hồ sơ', en: 'Record id' }, width: 14, value: (l) => l.record_id },
  { key: 'event_type', header: { vi: 'Loại việc', en: 'Event type' }, width: 14, value: (l, lang) => eventTypeLabel(l.event_type, lang) },
  { key: 'book_no', header: { vi: 'Quyển số', en: 'Book' }, width: 8, value: (l) => text(l.book_no) },
  { key: 'registration_no', header: { vi: 'Số đăng ký', en: 'Number' }, width: 8, value: (l) => text(l.registration_no) },
  { key: 'registered_on', header: { vi: 'Ngày đăng ký', en: 'Registered on' }, width: 12, value: (l) => text(l.registered_on) },
  { key: 'role', header: { vi: 'Người trong hồ sơ', en: 'Role' }, width: 16, value: (l, lang) => roleLabel(l.role, lang) },
  { key: 'full_name', header: { vi: 'Họ tên (sổ hộ tịch)', en: 'Name (registry)' }, width: 24, value: (l) => text(l.full_name) },
  { key: 'dob', header: { vi: 'Ngày sinh (sổ hộ tịch)', en: 'Date of birth (registry)' }, width: 12, value: (l) => text(l.dob) },
  { key: 'outcome', header: { vi: 'Kết quả đối chiếu', en: 'Outcome' }, width: 14, value: (l, lang) => outcomeLabel(l.outcome, lang) },
  { key: 'error_code', header: { vi: 'Mã lỗi', en: 'Error code' }, width: 16, value: (l) => text(l.error_code) },
  { key: 'error', header: { vi: 'Nội dung sai lệch', en: 'Error' }, width: 26, value: (l, lang) => (l.error_code ? errorLabel(l.error_code, lang) : outcomeLabel(l.outcome, lang)) },
  { key: 'field', header: { vi: 'Thông tin khác nhau', en: 'Field' }, width: 16, value: (l, lang) => (l.field ? fieldLabel(l.field, lang) : '') },
  { key: 'registry_value', header: { vi: 'Theo sổ hộ tịch', en: 'Registry value' }, width: 22, value: (l) => text(l.registry_value) },
  { key: 'population_value', header: { vi: 'Theo CSDLQG', en: 'Population DB value' }, width: 22, value: (l) => text(l.population_value) },
  { key: 'population_pid', header: { vi: 'Số định danh (CSDLQG)', en: 'ID number (population DB)' }, width: 15, value: (l) => text(l.population_pid) },
  { key: 'suggested_fix', header: { vi: 'Đề xuất xử lý', en: 'Suggested fix' }, width: 48, value: (l, lang) => suggestedFix(l.error_code, l.outcome, lang) },
  { key: 'verification_result', header: { vi: 'Kết quả xác minh', en: 'Verification result' }, width: 20, value: () => '' },
  { key: 'verification_date', header: { vi: 'Ngày xác minh', en: 'Verified on' }, width: 12, value: () => '' },
  { key: 'verified_by', header: { vi: 'Cán bộ xác minh', en: 'Verified by' }, width: 18, value: () => '' },
];
