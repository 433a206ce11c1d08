/**
 * Labels, in Vietnamese and English, for every code a reader meets: outcomes, error codes (with their
 * category and a suggested fix for commune officers), event types, roles and compared fields.
 * Codes not listed fall back to the code itself, so a new error code never breaks a report.
 */
export type Language = 'vi' | 'en';

interface Label {
  vi: string;
  en: string;
}

export const OUTCOMES = ['consistent', 'discrepant', 'not_found', 'ambiguous', 'invalid'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, Label> = {
  consistent: { vi: 'Thống nhất', en: 'Consistent' },
  discrepant: { vi: 'Có sai lệch', en: 'Discrepant' },
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  ambiguous: { vi: 'Chưa xác định (nhiều ứng viên)', en: 'Ambiguous' },
  invalid: { vi: 'Không sử dụng được', en: 'Invalid' },
};

export const EVENT_TYPES = ['birth', 'death', 'marriage', 'parent_recognition', 'guardianship', 'adoption', 'marital_status'] as const;

export const EVENT_TYPE_LABELS: Record<string, Label> = {
  birth: { vi: 'Khai sinh', en: 'Birth' },
  death: { vi: 'Khai tử', en: 'Death' },
  marriage: { vi: 'Kết hôn', en: 'Marriage' },
  parent_recognition: { vi: 'Nhận cha, mẹ, con', en: 'Parent recognition' },
  guardianship: { vi: 'Giám hộ', en: 'Guardianship' },
  adoption: { vi: 'Nuôi con nuôi', en: 'Adoption' },
  marital_status: { vi: 'Xác nhận tình trạng hôn nhân', en: 'Marital status' },
};

export const ROLE_LABELS: Record<string, Label> = {
  child: { vi: 'Người được khai sinh', en: 'Child' },
  father: { vi: 'Cha', en: 'Father' },
  mother: { vi: 'Mẹ', en: 'Mother' },
  deceased: { vi: 'Người chết', en: 'Deceased' },
  husband: { vi: 'Chồng', en: 'Husband' },
  wife: { vi: 'Vợ', en: 'Wife' },
  parent: { vi: 'Người nhận cha, mẹ, con', en: 'Recognising parent' },
  guardian: { vi: 'Người giám hộ', en: 'Guardian' },
  ward: { vi: 'Người được giám hộ', en: 'Ward' },
  adopter: { vi: 'Người nhận con nuôi', en: 'Adopter' },
  adoptee: { vi: 'Con nuôi', en: 'Adoptee' },
  person: { vi: 'Người yêu cầu', en: 'Person' },
};

export const FIELD_LABELS: Record<string, Label> = {
  full_name: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
  dob: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
  sex: { vi: 'Giới tính', en: 'Sex' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  nationality: { vi: 'Quốc tịch', en: 'Nationality' },
  birthplace: { vi: 'Nơi sinh', en: 'Place of birth' },
  hometown: { vi: 'Quê quán', en: 'Hometown' },
  father_name: { vi: 'Họ tên cha', en: "Father's name" },
  mother_name: { vi: 'Họ tên mẹ', en: "Mother's name" },
  spouse_name: { vi: 'Họ tên vợ/chồng', en: "Spouse's name" },
  pid: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
  death: { vi: 'Tình trạng đã chết', en: 'Death' },
  death_date: { vi: 'Ngày chết', en: 'Date of death' },
  marital_status: { vi: 'Tình trạng hôn nhân', en: 'Marital status' },
  dob_text: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
  ethnicity_text: { vi: 'Dân tộc', en: 'Ethnicity' },
  nationality_text: { vi: 'Quốc tịch', en: 'Nationality' },
  birthplace_text: { vi: 'Nơi sinh', en: 'Place of birth' },
  hometown_text: { vi: 'Quê quán', en: 'Hometown' },
  residence_text: { vi: 'Nơi cư trú', en: 'Residence' },
};

/**
 * The category an error code belongs to: the part before the dot (`name.order` -> `name`).
 *
 * @example
 * errorCategory('dob.day_month_swapped'); // 'dob'
 */
export function errorCategory(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

export const ERROR_CATEGORY_LABELS: Record<string, Label> = {
  name: { vi: 'Họ tên', en: 'Name' },
  dob: { vi: 'Ngày sinh', en: 'Date of birth' },
  sex: { vi: 'Giới tính', en: 'Sex' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  nationality: { vi: 'Quốc tịch', en: 'Nationality' },
  birthplace: { vi: 'Nơi sinh', en: 'Place of birth' },
  hometown: { vi: 'Quê quán', en: 'Hometown' },
  father_name: { vi: 'Họ tên cha', en: "Father's name" },
  mother_name: { vi: 'Họ tên mẹ', en: "Mother's name" },
  spouse_name: { vi: 'Họ tên vợ/chồng', en: "Spouse's name" },
  pid: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
  death: { vi: 'Khai tử chưa cập nhật', en: 'Death not recorded' },
  marital_status: { vi: 'Kết hôn chưa cập nhật', en: 'Marriage not recorded' },
};

interface ErrorLabel extends Label {
  /** What the commune officer should do, in Vietnamese and English. */
  fix: Label;
}

export const ERROR_LABELS: Record<string, ErrorLabel> = {
  'name.diacritics': {
    vi: 'Họ tên sai dấu',
    en: 'Name: diacritics differ',
    fix: { vi: 'Đối chiếu sổ gốc; sửa dấu thanh, chữ đ của họ tên cho đúng sổ gốc.', en: 'Check the paper book; correct tone marks and đ of the name to match it.' },
  },
  'name.spelling': {
    vi: 'Họ tên sai chính tả',
    en: 'Name: spelling',
    fix: { vi: 'Đối chiếu sổ gốc; sửa lỗi chính tả họ tên (sai, thiếu chữ cái).', en: 'Check the paper book; correct the misspelt letters of the name.' },
  },
  'name.middle_missing': {
    vi: 'Thiếu hoặc thừa chữ đệm',
    en: 'Name: middle name missing or extra',
    fix: { vi: 'Đối chiếu sổ gốc; bổ sung hoặc bỏ chữ đệm (Văn, Thị...) theo sổ gốc.', en: 'Check the paper book; add or remove the middle name as it records.' },
  },
  'name.order': {
    vi: 'Đảo thứ tự họ, chữ đệm, tên',
    en: 'Name: words in another order',
    fix: { vi: 'Đối chiếu sổ gốc; sắp lại thứ tự họ, chữ đệm, tên.', en: 'Check the paper book; put the name words in the right order.' },
  },
  'name.different': {
    vi: 'Họ tên khác nhau',
    en: 'Name: different',
    fix: { vi: 'Xác minh nhân thân; đối chiếu sổ gốc và giấy tờ của công dân trước khi sửa họ tên.', en: "Verify the person's identity against the paper book and their documents before correcting the name." },
  },
  'dob.day_month_swapped': {
    vi: 'Ngày sinh đảo ngày/tháng',
    en: 'Date of birth: day and month swapped',
    fix: { vi: 'Đối chiếu sổ gốc; sửa ngày sinh theo CSDLQG nếu sổ gốc ghi đúng như CSDLQG (ngày, tháng bị đảo khi số hóa).', en: 'Check the paper book; correct the date as in the population DB if the book agrees (day and month swapped when digitized).' },
  },
  'dob.year': {
    vi: 'Sai năm sinh',
    en: 'Date of birth: year',
    fix: { vi: 'Đối chiếu sổ gốc; sửa năm sinh theo sổ gốc, báo Công an xã nếu CSDLQG sai.', en: 'Check the paper book; correct the year as it records, tell the commune police if the population DB is wrong.' },
  },
  'dob.date': {
    vi: 'Sai ngày hoặc tháng sinh',
    en: 'Date of birth: day or month',
    fix: { vi: 'Đối chiếu sổ gốc; sửa ngày sinh theo CSDLQG nếu sổ gốc ghi như CSDLQG.', en: 'Check the paper book; correct the date as in the population DB if the book agrees.' },
  },
  'dob.partial': {
    vi: 'Ngày sinh chỉ ghi năm (hoặc tháng/năm)',
    en: 'Date of birth: partial',
    fix: { vi: 'Bổ sung ngày, tháng sinh đầy đủ theo sổ gốc hoặc CSDLQG.', en: 'Complete the day and month from the paper book or the population DB.' },
  },
  'dob.placeholder': {
    vi: 'Ngày sinh ghi tạm 01/01',
    en: 'Date of birth: 01/01 placeholder',
    fix: { vi: 'Xác minh ngày sinh thực; sửa ngày 01/01 ghi tạm theo sổ gốc hoặc CSDLQG.', en: 'Verify the real date; replace the 01/01 placeholder from the paper book or the population DB.' },
  },
  'dob.different': {
    vi: 'Ngày sinh khác nhau',
    en: 'Date of birth: different',
    fix: { vi: 'Xác minh nhân thân; đối chiếu sổ gốc và giấy tờ trước khi sửa ngày sinh.', en: 'Verify identity against the paper book and documents before correcting the date.' },
  },
  sex: {
    vi: 'Sai giới tính',
    en: 'Sex differs',
    fix: { vi: 'Đối chiếu sổ gốc; sửa giới tính bên ghi sai.', en: 'Check the paper book; correct the sex on the wrong side.' },
  },
  ethnicity: {
    vi: 'Sai dân tộc',
    en: 'Ethnicity differs',
    fix: { vi: 'Đối chiếu sổ gốc; sửa dân tộc theo sổ gốc.', en: 'Check the paper book; correct the ethnicity as it records.' },
  },
  nationality: {
    vi: 'Sai quốc tịch',
    en: 'Nationality differs',
    fix: { vi: 'Đối chiếu sổ gốc; sửa quốc tịch theo sổ gốc.', en: 'Check the paper book; correct the nationality as it records.' },
  },
  birthplace: {
    vi: 'Sai nơi sinh',
    en: 'Place of birth differs',
    fix: { vi: 'Đối chiếu sổ gốc; lưu ý CSDLQG có thể ghi nơi đăng ký khai sinh, địa danh cũ đã đổi tên.', en: 'Check the paper book; the population DB may hold the place of registration, or an old unit name.' },
  },
  hometown: {
    vi: 'Sai quê quán',
    en: 'Hometown differs',
    fix: { vi: 'Đối chiếu sổ gốc; quê quán theo quy định tại thời điểm đăng ký (quê cha hoặc mẹ).', en: "Check the paper book; hometown follows the rule at registration time (father's or mother's)." },
  },
  father_name: {
    vi: 'Sai họ tên cha',
    en: "Father's name differs",
    fix: { vi: 'Đối chiếu sổ gốc; sửa họ tên cha theo sổ gốc.', en: "Check the paper book; correct the father's name as it records." },
  },
  mother_name: {
    vi: 'Sai họ tên mẹ',
    en: "Mother's name differs",
    fix: { vi: 'Đối chiếu sổ gốc; sửa họ tên mẹ theo sổ gốc.', en: "Check the paper book; correct the mother's name as it records." },
  },
  spouse_name: {
    vi: 'Sai họ tên vợ/chồng',
    en: "Spouse's name differs",
    fix: { vi: 'Đối chiếu sổ gốc; sửa họ tên vợ/chồng theo sổ gốc.', en: "Check the paper book; correct the spouse's name as it records." },
  },
  'pid.mismatch': {
    vi: 'Số định danh khác CSDLQG',
    en: 'ID number differs',
    fix: { vi: 'Xác minh với Công an xã; cập nhật số định danh đúng vào CSDL hộ tịch.', en: 'Verify with the commune police; enter the right ID number in the registry.' },
  },
  'pid.invalid': {
    vi: 'Số định danh không hợp lệ',
    en: 'ID number invalid',
    fix: { vi: 'Sửa số định danh theo CSDLQG (không đủ 12 chữ số hoặc nhập sai).', en: 'Correct the ID number from the population DB (not 12 digits or mistyped).' },
  },
  'pid.inconsistent': {
    vi: 'Số định danh không khớp giới tính/năm sinh',
    en: 'ID number disagrees with sex/year',
    fix: { vi: 'Kiểm tra số định danh, giới tính và năm sinh; sửa bên ghi sai.', en: 'Check the ID number, sex and year of birth; correct the wrong one.' },
  },
  'death.not_recorded': {
    vi: 'Khai tử chưa cập nhật vào CSDLQG',
    en: 'Death not recorded in the population DB',
    fix: { vi: 'Chuyển Công an xã cập nhật trạng thái đã chết, ngày chết vào CSDLQG.', en: 'Send to the commune police to record the death in the population DB.' },
  },
  'marital_status.not_recorded': {
    vi: 'Kết hôn chưa cập nhật vào CSDLQG',
    en: 'Marriage not recorded in the population DB',
    fix: { vi: 'Chuyển Công an xã cập nhật tình trạng hôn nhân, họ tên vợ/chồng vào CSDLQG.', en: 'Send to the commune police to record the marriage in the population DB.' },
  },
};

/** Suggested action for records without an error code (not found, ambiguous). */
export const OUTCOME_FIXES: Record<string, Label> = {
  not_found: {
    vi: 'Xác minh công dân còn cư trú, đã chết hay chuyển đi; đối chiếu sổ gốc, kiểm tra họ tên, ngày sinh để tìm trong CSDLQG.',
    en: 'Verify whether the person still lives here, died or moved; check name and date against the paper book.',
  },
  ambiguous: {
    vi: 'Nhiều người trong CSDLQG gần giống: xác minh nhân thân để chọn đúng người.',
    en: 'Several people in the population DB are close: verify identity to pick the right one.',
  },
};

function pick(table: Record<string, Label>, code: string, language: Language): string {
  return table[code]?.[language] ?? code;
}

/**
 * The label of an outcome in a language.
 *
 * @example
 * outcomeLabel('not_found', 'vi'); // 'Không tìm thấy'
 */
export function outcomeLabel(outcome: string, language: Language): string {
  return pick(OUTCOME_LABELS, outcome, language);
}

/**
 * The label of an error code; unknown codes are returned as they are.
 *
 * @example
 * errorLabel('dob.day_month_swapped', 'vi'); // 'Ngày sinh đảo ngày/tháng'
 */
export function errorLabel(code: string, language: Language): string {
  return pick(ERROR_LABELS, code, language);
}

/**
 * The label of an error category (`name`, `dob`, ...).
 *
 * @example
 * categoryLabel('dob', 'en'); // 'Date of birth'
 */
export function categoryLabel(category: string, language: Language): string {
  return pick(ERROR_CATEGORY_LABELS, category, language);
}

/**
 * The label of an event type.
 *
 * @example
 * eventTypeLabel('birth', 'vi'); // 'Khai sinh'
 */
export function eventTypeLabel(eventType: string, language: Language): string {
  return pick(EVENT_TYPE_LABELS, eventType, language);
}

/**
 * The label of a role in a registration.
 *
 * @example
 * roleLabel('wife', 'vi'); // 'Vợ'
 */
export function roleLabel(role: string, language: Language): string {
  return pick(ROLE_LABELS, role, language);
}

/**
 * The label of a compared field.
 *
 * @example
 * fieldLabel('dob', 'vi'); // 'Ngày, tháng, năm sinh'
 */
export function fieldLabel(field: string, language: Language): string {
  return pick(FIELD_LABELS, field, language);
}

/**
 * The suggested fix for a worklist row: by error code, else by outcome (not found, ambiguous).
 *
 * @example
 * suggestedFix('dob.date', 'discrepant', 'vi'); // 'Đối chiếu sổ gốc; sửa ngày sinh theo CSDLQG ...'
 */
export function suggestedFix(errorCode: string | null, outcome: string, language: Language): string {
  if (errorCode && ERROR_LABELS[errorCode]) return ERROR_LABELS[errorCode].fix[language];
  if (OUTCOME_FIXES[outcome]) return OUTCOME_FIXES[outcome][language];
  return language === 'vi' ? 'Đối chiếu sổ gốc và CSDLQG.' : 'Check the paper book and the population DB.';
}
