/** Words of the profile section in Vietnamese (default) and English. */
export type Language = 'vi' | 'en';

type Labels = Record<string, { vi: string; en: string }>;

export const FIELD_LABELS: Labels = {
  full_name: { vi: 'Họ tên', en: 'Name' },
  other_name: { vi: 'Tên gọi khác', en: 'Other name' },
  sex: { vi: 'Giới tính', en: 'Sex' },
  dob: { vi: 'Ngày sinh', en: 'Date of birth' },
  birth_year: { vi: 'Năm sinh', en: 'Birth year' },
  birthplace: { vi: 'Nơi sinh', en: 'Birthplace' },
  birth_registration_place: { vi: 'Nơi đăng ký khai sinh', en: 'Place of birth registration' },
  hometown: { vi: 'Quê quán', en: 'Hometown' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  nationality: { vi: 'Quốc tịch', en: 'Nationality' },
  residence: { vi: 'Nơi cư trú', en: 'Residence' },
  permanent_residence: { vi: 'Nơi thường trú', en: 'Permanent residence' },
  current_residence: { vi: 'Nơi ở hiện tại', en: 'Current residence' },
  pid: { vi: 'Số định danh', en: 'Personal ID' },
  event_type: { vi: 'Loại việc', en: 'Event type' },
  authority: { vi: 'Cơ quan đăng ký', en: 'Registering authority' },
  book_no: { vi: 'Quyển số', en: 'Book no.' },
  registration_no: { vi: 'Số đăng ký', en: 'Registration no.' },
  registered_on: { vi: 'Ngày đăng ký', en: 'Registration date' },
  death_date: { vi: 'Ngày chết', en: 'Date of death' },
  death_place: { vi: 'Nơi chết', en: 'Place of death' },
  marital_status: { vi: 'Tình trạng hôn nhân', en: 'Marital status' },
  spouse_name: { vi: 'Tên vợ/chồng', en: 'Spouse name' },
  spouse_pid: { vi: 'Số định danh vợ/chồng', en: 'Spouse ID' },
  father_name: { vi: 'Tên cha', en: "Father's name" },
  father_pid: { vi: 'Số định danh cha', en: "Father's ID" },
  mother_name: { vi: 'Tên mẹ', en: "Mother's name" },
  mother_pid: { vi: 'Số định danh mẹ', en: "Mother's ID" },
  record_id: { vi: 'Mã hồ sơ', en: 'Record id' },
};

export const EVENT_LABELS: Labels = {
  birth: { vi: 'Khai sinh', en: 'Birth' },
  death: { vi: 'Khai tử', en: 'Death' },
  marriage: { vi: 'Kết hôn', en: 'Marriage' },
  parent_recognition: { vi: 'Nhận cha, mẹ, con', en: 'Parent recognition' },
  guardianship: { vi: 'Giám hộ', en: 'Guardianship' },
  adoption: { vi: 'Nuôi con nuôi', en: 'Adoption' },
  marital_status: { vi: 'Xác nhận TTHN', en: 'Marital status' },
};

export const ROLE_LABELS: Labels = {
  record: { vi: 'Hồ sơ', en: 'Record' },
  child: { vi: 'Con', en: 'Child' },
  father: { vi: 'Cha', en: 'Father' },
  mother: { vi: 'Mẹ', en: 'Mother' },
  deceased: { vi: 'Người chết', en: 'Deceased' },
  husband: { vi: 'Chồng', en: 'Husband' },
  wife: { vi: 'Vợ', en: 'Wife' },
  parent: { vi: 'Cha/mẹ nhận', en: 'Parent' },
  guardian: { vi: 'Người giám hộ', en: 'Guardian' },
  ward: { vi: 'Người được giám hộ', en: 'Ward' },
  adopter: { vi: 'Cha/mẹ nuôi', en: 'Adopter' },
  adoptee: { vi: 'Con nuôi', en: 'Adoptee' },
  person: { vi: 'Người yêu cầu', en: 'Person' },
};

export const SOURCE_LABELS: Labels = {
  persons: { vi: 'Sổ hộ tịch: người', en: 'Registry: persons' },
  registrations: { vi: 'Sổ hộ tịch: hồ sơ', en: 'Registry: records' },
  population: { vi: 'CSDL dân cư', en: 'Population DB' },
};

export const SEVERITY_LABELS: Labels = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

export const TEXT = {
  section: { vi: 'Chất lượng dữ liệu số hóa', en: 'Quality of the digitized data' },
  lead: {
    vi: 'Hồ sơ đăng ký: {registrations}; người trong hồ sơ: {persons}; CSDL dân cư: {population} người. Mức đầy đủ của các trường bắt buộc: {filled}.',
    en: 'Registrations: {registrations}; persons in them: {persons}; population DB: {population} people. Required fields filled: {filled}.',
  },
  quarantine: { vi: 'Dòng không nạp được (cách ly): {rows}.', en: 'Input rows that could not be loaded (quarantined): {rows}.' },
  completenessChart: { vi: 'Mức đầy đủ theo huyện và trường thông tin', en: 'Completeness by district and field' },
  failuresChart: { vi: 'Số dòng vi phạm theo quy tắc kiểm tra', en: 'Failing rows by validity rule' },
  recordsChart: { vi: 'Số hồ sơ theo năm đăng ký và loại việc', en: 'Records by registration year and event type' },
  worstCommuneYears: { vi: 'Xã và năm đăng ký có mức đầy đủ thấp nhất', en: 'Communes and registration years least complete' },
  worstFields: { vi: 'Trường thông tin thiếu nhiều nhất', en: 'Required fields most often missing' },
  columns: { vi: 'Hồ sơ cột dữ liệu', en: 'Column profile' },
  duplicates: {
    vi: 'Nghi trùng đăng ký khai sinh: {duplicates} cặp; trẻ sinh đôi: {twins} cặp.',
    en: 'Suspected duplicate birth registrations: {duplicates} pairs; twins: {twins} pairs.',
  },
  district: { vi: 'Huyện', en: 'District' },
  commune: { vi: 'Xã', en: 'Commune' },
  year: { vi: 'Năm đăng ký', en: 'Registration year' },
  field: { vi: 'Trường', en: 'Field' },
  role: { vi: 'Vai trò', en: 'Role' },
  eventType: { vi: 'Loại việc', en: 'Event type' },
  source: { vi: 'Nguồn', en: 'Source' },
  filled: { vi: 'Đã điền', en: 'Filled' },
  usable: { vi: 'Đọc được', en: 'Readable' },
  expected: { vi: 'Cần có', en: 'Expected' },
  share: { vi: 'Tỷ lệ', en: 'Share' },
  records: { vi: 'Số hồ sơ', en: 'Records' },
  rule: { vi: 'Quy tắc', en: 'Rule' },
  code: { vi: 'Mã', en: 'Code' },
  severity: { vi: 'Mức độ', en: 'Severity' },
  failingRows: { vi: 'Số dòng', en: 'Rows' },
  failingRecords: { vi: 'Số hồ sơ', en: 'Records' },
  rows: { vi: 'Số dòng', en: 'Rows' },
  empty: { vi: 'Trống', en: 'Empty' },
  unreadable: { vi: 'Không đọc được', en: 'Unreadable' },
  distinct: { vi: 'Số giá trị khác nhau', en: 'Distinct values' },
  shape: { vi: 'Dạng phổ biến', en: 'Commonest shape' },
  range: { vi: 'Khoảng năm', en: 'Year range' },
  topValues: { vi: 'Giá trị phổ biến', en: 'Top values' },
  unknown: { vi: 'Không rõ', en: 'Unknown' },
  dataTable: { vi: 'Bảng số liệu', en: 'Data table' },
  total: { vi: 'Tổng', en: 'Total' },
} satisfies Labels;

/**
 * The label of a code in a language, or the code itself when there is none.
 *
 * @example
 * label(FIELD_LABELS, 'dob', 'vi'); // 'Ngày sinh'
 */
export function label(labels: Labels, code: string | null | undefined, language: Language): string {
  if (code === null || code === undefined) return TEXT.unknown[language];
  return labels[code]?.[language] ?? code;
}

/**
 * Fills `{name}` placeholders of a text.
 *
 * @example
 * fillText('{a} cặp', { a: '3' }); // '3 cặp'
 */
export function fillText(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}
