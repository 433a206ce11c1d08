import { describe, expect, it } from 'vitest';
import { resolvePlace, samePlace } from '../../src/vn/units/index.js';

const same = (a: string, b: string) => samePlace(resolvePlace(a), resolvePlace(b));

describe('samePlace', () => {
  it.each<[string, string, boolean | null]>([
    // One place under its old, current and 2025 names.
    ['Thị trấn Giá Rai, huyện Giá Rai', 'Phường 1, Thị xã Giá Rai', true],
    ['Thị trấn Giá Rai, huyện Giá Rai', 'Phường Giá Rai, tỉnh Cà Mau', true],
    ['Phường 1, TX Giá Rai', 'Phường Giá Rai, tỉnh Cà Mau', true],
    ['Xã Phong Thạnh Đông A', 'Phường Láng Tròn, Giá Rai', true],
    ['Xã Châu Hưng, huyện Vĩnh Lợi', 'Xã Vĩnh Lợi, tỉnh Cà Mau', true],
    ['Xã Minh Diệu, huyện Vĩnh Lợi', 'xã Minh Diệu, huyện Hòa Bình', true],
    ['Xã Phước Long, huyện Phước Long', 'Xã Vĩnh Phước, tỉnh Cà Mau', true],
    ['Thị trấn Phước Long', 'Xã Phước Long, tỉnh Cà Mau', true],
    ['31846', 'Xã Ninh Quới, tỉnh Cà Mau', true],
    // Neighbouring places, and the traps: same name, other place.
    ['Phường 1, TP Bạc Liêu', 'Phường 1, TX Giá Rai', false],
    ['Xã Phước Long, huyện Phước Long', 'Xã Phước Long, tỉnh Cà Mau', false],
    ['Xã Phong Thạnh, TX Giá Rai', 'Xã Phong Thạnh, tỉnh Cà Mau', false],
    // Two 2023 communes that went into one 2025 unit are still two places when both are named in 2023 terms.
    ['Xã Vĩnh Hậu', 'Xã Vĩnh Hậu A', false],
    ['Xã Hưng Thành', 'Xã Hưng Hội, huyện Vĩnh Lợi', false],
    ['Xã Châu Thới, Vĩnh Lợi', 'Xã Vĩnh Hưng', false],
    ['Xã Châu Thới, Cà Mau', 'Xã Vĩnh Hưng', true],
    // Less precise but agreeing.
    ['Thị xã Giá Rai', 'Phường Hộ Phòng', true],
    ['Huyện Giá Rai', 'Phường 1, TX Giá Rai', true],
    ['Bạc Liêu', 'Xã Vĩnh Thịnh, huyện Hòa Bình', true],
    ['Huyện Hồng Dân', 'Xã Vĩnh Thịnh, huyện Hòa Bình', false],
    // Provinces, Minh Hải agreeing with both of its successors.
    ['Minh Hải', 'Bạc Liêu', true],
    ['Minh Hải', 'Cà Mau', true],
    ['Minh Hải', 'Phường 1, TX Giá Rai', true],
    ['Minh Hải', 'Sóc Trăng', false],
    ['Bạc Liêu', 'Cà Mau', false],
    ['Sóc Trăng', 'Cần Thơ', false],
    ['Hà Tây', 'Hà Nội', true],
    ['Bạc Liêu', 'TP. Hồ Chí Minh', false],
    // A district and a 2025 unit made of communes of two districts: neither same nor different.
    ['Huyện Vĩnh Lợi', 'Xã Hòa Bình, tỉnh Cà Mau', null],
    // Unresolved on either side.
    ['không rõ', 'Bạc Liêu', null],
    ['Hoà Bình', 'Bạc Liêu', null],
  ])('%s ~ %s', (a, b, expected) => {
    expect(same(a, b)).toBe(expected);
    expect(same(b, a)).toBe(expected);
  });

  it('compares the codes it is given, whatever produced them', () => {
    expect(samePlace({ code: '31903', code2025: '31900', level: 'commune' }, { code: null, code2025: '31900', level: 'commune' })).toBe(true);
    expect(samePlace({ code: '31903', code2025: '31900', level: 'commune' }, { code: '31900', code2025: '31900', level: 'commune' })).toBe(false);
    expect(samePlace({ code: null, code2025: null, level: null }, { code: '95', code2025: '96', level: 'province' })).toBeNull();
  });
});
