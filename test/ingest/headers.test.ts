import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventTypeOf, EVENT_TYPES, POPULATION_COLUMNS, recogniseHeader, REGISTRY_COLUMNS, VIETNAMESE_EVENT_TYPES, VIETNAMESE_HEADERS, VIETNAMESE_POPULATION_HEADERS,
} from '../../src/vn/headers.js';

describe('Vietnamese headers', () => {
  it('writes the "<field> (<role>)" convention', () => {
    expect(VIETNAMESE_HEADERS.father_full_name).toBe('Họ và tên (Cha)');
    expect(VIETNAMESE_HEADERS.child_dob).toBe('Ngày sinh (Con)');
    expect(VIETNAMESE_HEADERS.deceased_pid).toBe('Số định danh cá nhân (Người chết)');
    expect(VIETNAMESE_HEADERS.adopter_full_name).toBe('Họ và tên (Người nhận nuôi)');
    expect(VIETNAMESE_HEADERS.registration_no).toBe('Số đăng ký');
    expect(VIETNAMESE_HEADERS.book_no).toBe('Quyển số');
    expect(VIETNAMESE_HEADERS.event_type).toBe('Loại việc');
    expect(VIETNAMESE_HEADERS.authority_code).toBe('Mã cơ quan đăng ký');
    expect(VIETNAMESE_POPULATION_HEADERS.mother_name).toBe('Họ và tên (Mẹ)');
  });

  it('reads back every header it writes, for both extracts', () => {
    for (const column of REGISTRY_COLUMNS) expect(recogniseHeader(VIETNAMESE_HEADERS[column], 'registry')?.column).toBe(column);
    for (const column of POPULATION_COLUMNS) expect(recogniseHeader(VIETNAMESE_POPULATION_HEADERS[column], 'population')?.column).toBe(column);
  });

  it('gives every column a distinct header', () => {
    expect(new Set(Object.values(VIETNAMESE_HEADERS)).size).toBe(REGISTRY_COLUMNS.length);
    expect(new Set(Object.values(VIETNAMESE_POPULATION_HEADERS)).size).toBe(POPULATION_COLUMNS.length);
  });

  it('reads them in any case, with or without accents, NFC or NFD', () => {
    const variants = fc.constantFrom<(s: string) => string>(
      (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.normalize('NFD'),
      (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'), (s) => `  ${s} `,
    );
    fc.assert(
      fc.property(fc.constantFrom(...REGISTRY_COLUMNS), variants, (column, variant) => recogniseHeader(variant(VIETNAMESE_HEADERS[column]), 'registry')?.column === column),
    );
  });

  it('accepts the usual variants of field and role labels', () => {
    const cases: [string, string][] = [
      ['Họ tên (Con)', 'child_full_name'], ['Họ, chữ đệm và tên (Trẻ)', 'child_full_name'], ['Ngày, tháng, năm sinh (Người chết)', 'deceased_dob'],
      ['Giới tính (Người được giám hộ)', 'ward_sex'], ['Dân tộc (Vợ)', 'wife_ethnicity'], ['Quốc tịch (Chồng)', 'husband_nationality'],
      ['Nơi sinh (Người được nhận)', 'child_birthplace'], ['Quê quán (Người được xác nhận)', 'person_hometown'],
      ['Nơi cư trú (Người giám hộ)', 'guardian_residence'], ['Họ và tên (Cha mẹ nuôi/Người nhận nuôi)', 'adopter_full_name'],
      ['Họ và tên (Con nuôi)', 'adoptee_full_name'], ['Số định danh cá nhân (Người nhận)', 'parent_pid'], ['Năm sinh (Mẹ)', 'mother_birth_year'],
      ['Họ tên cha', 'father_full_name'], ['Năm sinh mẹ', 'mother_birth_year'], ['Mẹ: dân tộc', 'mother_ethnicity'],
      ['Ngày đăng ký', 'registered_on'], ['Ngày, tháng, năm đăng ký', 'registered_on'], ['Ngày chết (Người chết)', 'death_date'],
      ['Tình trạng hôn nhân', 'marital_status'], ['MÃ CƠ QUAN ĐĂNG KÝ', 'authority_code'], ['EVENT_TYPE', 'event_type'],
    ];
    for (const [header, column] of cases) expect(recogniseHeader(header, 'registry')?.column, header).toBe(column);
  });

  it('refuses headers it does not know, and roles that do not fit the field', () => {
    for (const header of ['Ghi chú', 'Họ và tên (Hàng xóm)', 'Ngày chết (Con)', 'Số đăng ký (Cha)', '', 'Họ và tên']) {
      expect(recogniseHeader(header, 'registry'), header).toBeUndefined();
    }
    expect(recogniseHeader('Ngày sinh (Mẹ)', 'population')).toBeUndefined();
  });

  it('gives bare person fields to the main person of a one-event-type file', () => {
    expect(recogniseHeader('Họ và tên', 'registry', { defaultRole: 'deceased' })?.column).toBe('deceased_full_name');
    expect(recogniseHeader('dob', 'registry', { defaultRole: 'child' })?.column).toBe('child_dob');
  });

  it('maps population relatives written with a role', () => {
    expect(recogniseHeader('Họ và tên (Cha)', 'population')?.column).toBe('father_name');
    expect(recogniseHeader('Số định danh cá nhân (Vợ/Chồng)', 'population')?.column).toBe('spouse_pid');
    expect(recogniseHeader('Họ tên vợ/chồng', 'population')?.column).toBe('spouse_name');
  });

  it('reads event types in Vietnamese', () => {
    const cases: [string, string][] = [
      ['Khai sinh', 'birth'], ['Đăng ký khai sinh', 'birth'], ['Khai tử', 'death'], ['KẾT HÔN', 'marriage'], ['Nhận cha, mẹ, con', 'parent_recognition'],
      ['Giám hộ', 'guardianship'], ['Nuôi con nuôi', 'adoption'], ['Xác nhận tình trạng hôn nhân', 'marital_status'], ['marital status', 'marital_status'],
    ];
    for (const [value, type] of cases) expect(eventTypeOf(value), value).toBe(type);
    for (const t of EVENT_TYPES) expect(eventTypeOf(VIETNAMESE_EVENT_TYPES[t])).toBe(t);
    expect(eventTypeOf('ly hôn')).toBeUndefined();
  });
});
