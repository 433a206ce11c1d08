/**
 * Which fields each event type requires, per role: the yardstick of completeness.
 *
 * Derived from `src/vn/data/civil_status_fields.csv` (the register items of Luật Hộ tịch 2014 and the
 * TT 04/2020 forms) mapped onto the contract roles of docs/data-contract.md:
 *
 * | csv event_type / items                                   | event_type, role       | fields here |
 * |---|---|---|
 * | khai_sinh ho_ten, gioi_tinh, ngay_sinh, noi_sinh, que_quan, dan_toc, quoc_tich | birth, child | full_name, sex, dob, birthplace, hometown, ethnicity, nationality |
 * | khai_sinh me_ho_ten, me_nam_sinh, me_dan_toc, me_quoc_tich, me_noi_cu_tru | birth, mother | full_name, birth_year, ethnicity, nationality, residence |
 * | khai_sinh cha_* (same items; "may be blank if unknown")   | birth, father (optional role) | same as mother |
 * | khai_tu ho_ten, ngay_sinh ("often year only"), gioi_tinh, dan_toc, quoc_tich, noi_cu_tru_cuoi | death, deceased | full_name, birth_year, sex, ethnicity, nationality, residence |
 * | khai_tu thoi_gian_chet, noi_chet                          | death, record          | death_date, death_place |
 * | ket_hon chong_* / vo_* (name, dob, dân tộc, quốc tịch, nơi cư trú) | marriage, husband / wife | full_name, dob, ethnicity, nationality, residence |
 * | nhan_cha_me_con nguoi_nhan_* / nguoi_duoc_nhan_*          | parent_recognition, parent / child | full_name, dob, ethnicity, nationality, residence |
 * | giam_ho nguoi_giam_ho_*                                   | guardianship, guardian | full_name, dob, ethnicity, nationality, residence |
 * | giam_ho nguoi_duoc_giam_ho_* (+ giới tính, nơi sinh)      | guardianship, ward     | full_name, dob, sex, birthplace, ethnicity, nationality, residence |
 * | nuoi_con_nuoi cha_me_nuoi_*                               | adoption, adopter      | full_name, dob, ethnicity, nationality, residence |
 * | nuoi_con_nuoi con_nuoi_* (+ giới tính, nơi sinh)          | adoption, adoptee      | full_name, dob, sex, birthplace, ethnicity, nationality, residence |
 * | xac_nhan_tthn ho_ten (name, dob, sex, dân tộc, quốc tịch, nơi cư trú), tinh_trang | marital_status, person / record | full_name, dob, sex, ethnicity, nationality, residence / marital_status |
 * | every type: co_quan_dang_ky, quyen_so, so_dang_ky, ngay_dang_ky | every type, record | authority, book_no, registration_no, registered_on |
 *
 * Left out on purpose: the personal ID number (so_dinh_danh, giấy tờ tùy thân), which legacy books
 * before 2016 cannot have (its presence is profiled per column, and by the pid rules); declarants,
 * officers, margin notes and causes of death, which the contract does not carry. Parents in birth
 * records have a birth year only, so they need `birth_year`, not a full `dob`.
 *
 * `always`: the role belongs in every record of its type (a birth record without a mother row
 * misses all her fields); otherwise (the father) only the rows present are measured.
 */
export interface RequiredFields {
  event_type: string;
  /** A contract role, or 'record' for the registration's own fields. */
  role: string;
  always: boolean;
  fields: string[];
}

const RECORD = ['authority', 'book_no', 'registration_no', 'registered_on'];
const ADULT = ['full_name', 'dob', 'ethnicity', 'nationality', 'residence'];
const PARENT_IN_BIRTH = ['full_name', 'birth_year', 'ethnicity', 'nationality', 'residence'];
const MINOR = ['full_name', 'dob', 'sex', 'birthplace', 'ethnicity', 'nationality', 'residence'];

export const REQUIRED_FIELDS: readonly RequiredFields[] = [
  { event_type: 'birth', role: 'record', always: true, fields: RECORD },
  { event_type: 'birth', role: 'child', always: true, fields: ['full_name', 'sex', 'dob', 'birthplace', 'hometown', 'ethnicity', 'nationality'] },
  { event_type: 'birth', role: 'mother', always: true, fields: PARENT_IN_BIRTH },
  { event_type: 'birth', role: 'father', always: false, fields: PARENT_IN_BIRTH },
  { event_type: 'death', role: 'record', always: true, fields: [...RECORD, 'death_date', 'death_place'] },
  { event_type: 'death', role: 'deceased', always: true, fields: ['full_name', 'birth_year', 'sex', 'ethnicity', 'nationality', 'residence'] },
  { event_type: 'marriage', role: 'record', always: true, fields: RECORD },
  { event_type: 'marriage', role: 'husband', always: true, fields: ADULT },
  { event_type: 'marriage', role: 'wife', always: true, fields: ADULT },
  { event_type: 'parent_recognition', role: 'record', always: true, fields: RECORD },
  { event_type: 'parent_recognition', role: 'parent', always: true, fields: ADULT },
  { event_type: 'parent_recognition', role: 'child', always: true, fields: ADULT },
  { event_type: 'guardianship', role: 'record', always: true, fields: RECORD },
  { event_type: 'guardianship', role: 'guardian', always: true, fields: ADULT },
  { event_type: 'guardianship', role: 'ward', always: true, fields: MINOR },
  { event_type: 'adoption', role: 'record', always: true, fields: RECORD },
  { event_type: 'adoption', role: 'adopter', always: true, fields: ADULT },
  { event_type: 'adoption', role: 'adoptee', always: true, fields: MINOR },
  { event_type: 'marital_status', role: 'record', always: true, fields: [...RECORD, 'marital_status'] },
  { event_type: 'marital_status', role: 'person', always: true, fields: ['full_name', 'dob', 'sex', 'ethnicity', 'nationality', 'residence'] },
];

/**
 * The same table, one row per (event_type, role, field), as loaded into `profile_required_fields`.
 *
 * @example
 * requiredFieldRows().filter((r) => r.event_type === 'birth' && r.role === 'mother').map((r) => r.field);
 * // ['full_name', 'birth_year', 'ethnicity', 'nationality', 'residence']
 */
export function requiredFieldRows(): { event_type: string; role: string; field: string; always: boolean }[] {
  return REQUIRED_FIELDS.flatMap((r) => r.fields.map((field) => ({ event_type: r.event_type, role: r.role, field, always: r.always })));
}
