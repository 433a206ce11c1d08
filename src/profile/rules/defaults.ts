import type { ProfileRule } from '../../config/profile.js';

/**
 * The validity rules profile runs when the campaign config changes none. Each is data: a kind (one
 * SQL template in ../sql/rules/) and its params. The campaign config can switch any off, change its
 * severity or params, or add rules of the same kinds (see src/config/profile.ts).
 *
 * Roles that carry a full date of birth (parents in birth records carry a birth year only).
 */
const ROLES_WITH_DOB = ['child', 'deceased', 'husband', 'wife', 'parent', 'guardian', 'ward', 'adopter', 'adoptee', 'person'];
const NAMED_ROLES = ['child', 'deceased', 'husband', 'wife', 'parent', 'guardian', 'ward', 'adopter', 'adoptee', 'person'];

export const DEFAULT_RULES: readonly ProfileRule[] = [
  // personal ID numbers
  { code: 'pid_invalid', label_vi: 'Số định danh sai cấu trúc', label_en: 'Personal ID number malformed', severity: 'error', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'pid_status', values: ['invalid'] } },
  { code: 'pid_inconsistent', label_vi: 'Số định danh không khớp giới tính / năm sinh', label_en: 'Personal ID number disagrees with sex / year of birth', severity: 'error', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'pid_issue' } },
  { code: 'pid_is_cmnd', label_vi: 'Ghi số CMND thay cho số định danh', label_en: 'Old ID card number (CMND) given instead of a personal ID number', severity: 'info', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'pid_status', values: ['cmnd'] } },
  // dates
  { code: 'dob_invalid', label_vi: 'Ngày sinh không hợp lệ hoặc ở tương lai', label_en: 'Date of birth impossible or in the future', severity: 'error', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'dob_issue' } },
  { code: 'registered_on_unreadable', label_vi: 'Ngày đăng ký không đọc được', label_en: 'Registration date unreadable', severity: 'error', enabled: true, kind: 'readable', params: { source: 'registrations', field: 'registered_on' } },
  { code: 'registered_on_out_of_range', label_vi: 'Ngày đăng ký ở tương lai hoặc trước năm 1890', label_en: 'Registration date in the future or before 1890', severity: 'error', enabled: true, kind: 'date_range', params: { source: 'registrations', field: 'registered_on', min: '1890-01-01', max: 'today' } },
  { code: 'registered_before_birth', label_vi: 'Đăng ký trước ngày sinh', label_en: 'Registered before the person was born', severity: 'error', enabled: true, kind: 'date_order', params: { source: 'persons', before: 'dob', after: 'registered_on' } },
  { code: 'death_before_birth', label_vi: 'Ngày chết trước ngày sinh', label_en: 'Death before birth', severity: 'error', enabled: true, kind: 'date_order', params: { source: 'persons', before: 'dob', after: 'death_date', event_types: ['death'], roles: ['deceased'] } },
  { code: 'death_after_registration', label_vi: 'Ngày chết sau ngày đăng ký khai tử', label_en: 'Death after its registration', severity: 'error', enabled: true, kind: 'date_order', params: { source: 'registrations', before: 'death_date', after: 'registered_on', event_types: ['death'] } },
  { code: 'dob_year_only', label_vi: 'Ngày sinh chỉ có năm', label_en: 'Date of birth with year only', severity: 'info', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'dob_precision', values: ['year'], roles: ROLES_WITH_DOB } },
  { code: 'dob_placeholder', label_vi: 'Ngày sinh ghi 01/01 thay cho ngày không rõ', label_en: 'Date of birth 01/01 written for an unknown date', severity: 'info', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'dob_placeholder', values: ['true'] } },
  { code: 'registered_on_partial', label_vi: 'Ngày đăng ký chỉ có năm hoặc tháng', label_en: 'Registration date with year or month only', severity: 'info', enabled: true, kind: 'issue_column', params: { source: 'registrations', column: 'registered_on_precision', values: ['year', 'month'] } },
  // units, sex, names
  { code: 'authority_unknown', label_vi: 'Mã cơ quan đăng ký không có trong danh mục', label_en: 'Registering authority code unknown', severity: 'error', enabled: true, kind: 'unit_known', params: { source: 'registrations', field: 'authority', in_units: true } },
  { code: 'birthplace_unresolved', label_vi: 'Nơi sinh không xác định được đơn vị hành chính', label_en: 'Birthplace not resolved to an administrative unit', severity: 'warning', enabled: true, kind: 'unit_known', params: { source: 'persons', field: 'birthplace' } },
  { code: 'sex_unreadable', label_vi: 'Giới tính không đọc được', label_en: 'Sex unreadable', severity: 'warning', enabled: true, kind: 'readable', params: { source: 'persons', field: 'sex' } },
  { code: 'name_missing', label_vi: 'Thiếu họ tên', label_en: 'Name missing', severity: 'error', enabled: true, kind: 'not_null', params: { source: 'persons', field: 'full_name', roles: NAMED_ROLES } },
  { code: 'name_digits', label_vi: 'Họ tên có chữ số', label_en: 'Name contains digits', severity: 'error', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'name_issue', values: ['digits'] } },
  { code: 'name_legacy_debris', label_vi: 'Họ tên lỗi phông chữ cũ (TCVN3/VNI)', label_en: 'Name with legacy-encoding debris (TCVN3/VNI)', severity: 'warning', enabled: true, kind: 'issue_column', params: { source: 'persons', column: 'name_issue', values: ['legacy_debris'] } },
  // families
  { code: 'mother_age_gap', label_vi: 'Năm sinh của mẹ không hợp lý so với con', label_en: "Mother's birth year implausible for the child", severity: 'warning', enabled: true, kind: 'age_gap', params: { parent_role: 'mother', child_role: 'child', event_types: ['birth'], min_years: 13, max_years: 55 } },
  { code: 'father_age_gap', label_vi: 'Năm sinh của cha không hợp lý so với con', label_en: "Father's birth year implausible for the child", severity: 'warning', enabled: true, kind: 'age_gap', params: { parent_role: 'father', child_role: 'child', event_types: ['birth'], min_years: 15, max_years: 75 } },
  { code: 'birth_outside_residence', label_vi: 'Khai sinh ở xã khác nơi cư trú', label_en: 'Birth registered outside the commune of residence', severity: 'info', enabled: true, kind: 'registered_outside_residence', params: { role: 'child', fallback_roles: ['mother', 'father'], event_types: ['birth'] } },
  // duplicates
  { code: 'duplicate_registration', label_vi: 'Nghi trùng đăng ký khai sinh', label_en: 'Suspected duplicate birth registration', severity: 'warning', enabled: true, kind: 'duplicate_registration', params: {} },
  { code: 'twins', label_vi: 'Trẻ sinh đôi (dễ bị nghi trùng)', label_en: 'Twins (flagged as suspected duplicates downstream)', severity: 'info', enabled: true, kind: 'twins', params: {} },
  // the population extract
  { code: 'population_duplicate_pid', label_vi: 'CSDL dân cư: trùng số định danh', label_en: 'Population: duplicate personal ID number', severity: 'error', enabled: true, kind: 'population_duplicate_pid', params: {} },
  { code: 'population_dob_invalid', label_vi: 'CSDL dân cư: ngày sinh không hợp lệ', label_en: 'Population: impossible date of birth', severity: 'error', enabled: true, kind: 'issue_column', params: { source: 'population', column: 'dob_issue' } },
  { code: 'population_death_before_birth', label_vi: 'CSDL dân cư: ngày chết trước ngày sinh', label_en: 'Population: death before birth', severity: 'error', enabled: true, kind: 'date_order', params: { source: 'population', before: 'dob', after: 'death_date' } },
  { code: 'population_name_missing', label_vi: 'CSDL dân cư: thiếu họ tên', label_en: 'Population: name missing', severity: 'error', enabled: true, kind: 'not_null', params: { source: 'population', field: 'full_name' } },
];
