import type { Language } from '../labels.js';

/**
 * A worklist column: its CSV name (stable, for scripts), its header for officers, its width, and its
 * value in the XLSX as an SQL expression over report_worklist_sheet's columns (null: left empty for
 * the officer).
 */
export interface WorklistColumn {
  key: string;
  header: Record<Language, string>;
  width: number;
  sql: string | null;
  /** The value is data, escaped for XML row by row (the *_xml labels are escaped once, in the step). */
  escape?: boolean;
}

/**
 * The worklist's columns, in order (after STT). The three verification columns are left empty for the
 * commune officer to fill in.
 */
export const WORKLIST_COLUMNS: WorklistColumn[] = [
  { key: 'record_id', header: { vi: 'Mã hồ sơ', en: 'Record id' }, width: 14, sql: 'record_id', escape: true },
  { key: 'event_type', header: { vi: 'Loại việc', en: 'Event type' }, width: 14, sql: 'event_label_xml' },
  { key: 'book_no', header: { vi: 'Quyển số', en: 'Book' }, width: 8, sql: 'book_no', escape: true },
  { key: 'registration_no', header: { vi: 'Số đăng ký', en: 'Number' }, width: 8, sql: 'registration_no', escape: true },
  { key: 'registered_on', header: { vi: 'Ngày đăng ký', en: 'Registered on' }, width: 12, sql: 'registered_on', escape: true },
  { key: 'role', header: { vi: 'Người trong hồ sơ', en: 'Role' }, width: 16, sql: 'role_label_xml' },
  { key: 'full_name', header: { vi: 'Họ tên (sổ hộ tịch)', en: 'Name (registry)' }, width: 24, sql: 'full_name', escape: true },
  { key: 'dob', header: { vi: 'Ngày sinh (sổ hộ tịch)', en: 'Date of birth (registry)' }, width: 12, sql: 'dob', escape: true },
  { key: 'outcome', header: { vi: 'Kết quả đối chiếu', en: 'Outcome' }, width: 14, sql: 'outcome_label_xml' },
  { key: 'error_code', header: { vi: 'Mã lỗi', en: 'Error code' }, width: 16, sql: 'error_code', escape: true },
  { key: 'error', header: { vi: 'Nội dung sai lệch', en: 'Error' }, width: 26, sql: 'error_label_xml' },
  { key: 'field', header: { vi: 'Thông tin khác nhau', en: 'Field' }, width: 16, sql: 'field_label_xml' },
  { key: 'registry_value', header: { vi: 'Theo sổ hộ tịch', en: 'Registry value' }, width: 22, sql: 'registry_value', escape: true },
  { key: 'population_value', header: { vi: 'Theo CSDLQG', en: 'Population DB value' }, width: 22, sql: 'population_value', escape: true },
  { key: 'population_pid', header: { vi: 'Số định danh (CSDLQG)', en: 'ID number (population DB)' }, width: 15, sql: 'population_pid', escape: true },
  { key: 'suggested_fix', header: { vi: 'Đề xuất xử lý', en: 'Suggested fix' }, width: 48, sql: 'suggested_fix_xml' },
  { key: 'verification_result', header: { vi: 'Kết quả xác minh', en: 'Verification result' }, width: 20, sql: null },
  { key: 'verification_date', header: { vi: 'Ngày xác minh', en: 'Verified on' }, width: 12, sql: null },
  { key: 'verified_by', header: { vi: 'Cán bộ xác minh', en: 'Verified by' }, width: 18, sql: null },
];

/** STT then the columns: the verification columns start here (shaded). */
export const VERIFY_FROM = 1 + WORKLIST_COLUMNS.findIndex((c) => c.key === 'verification_result');
