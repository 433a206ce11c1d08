import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/vn/units/index.js';

type Expected = { level: string | null; code: string | null; code2025: string | null; generation?: string | null; ambiguous?: boolean; communeCode?: string | null };

function expectPlace(raw: string, expected: Expected) {
  const place = resolvePlace(raw);
  expect({ raw, level: place.level, code: place.code, code2025: place.code2025 }).toEqual({ raw, level: expected.level, code: expected.code, code2025: expected.code2025 });
  if (expected.generation !== undefined) expect(place.generation, raw).toBe(expected.generation);
  expect(place.ambiguous, raw).toBe(expected.ambiguous ?? false);
  if (expected.communeCode !== undefined) expect(place.communeCode, raw).toBe(expected.communeCode);
}

describe('resolvePlace: the two Phường 1', () => {
  it.each<[string, Expected]>([
    ['Phường 1, Thị xã Giá Rai, Tỉnh Bạc Liêu', { level: 'commune', code: '31942', code2025: '31942', generation: '2023' }],
    ['P.1, TX Giá Rai, BL', { level: 'commune', code: '31942', code2025: '31942', generation: '2023' }],
    ['Phuong 1, Gia Rai', { level: 'commune', code: '31942', code2025: '31942' }],
    ['Phường 01 - TX.Giá Rai - T.Bạc Liêu', { level: 'commune', code: '31942', code2025: '31942' }],
    ['Phường 1, Thành phố Bạc Liêu, tỉnh Bạc Liêu', { level: 'commune', code: '31825', code2025: '31825', generation: '2023' }],
    ['Khóm 3, Phường 1, TP Bạc Liêu', { level: 'commune', code: '31825', code2025: '31825' }],
    ['Phường 1, Thị xã Bạc Liêu', { level: 'commune', code: '31825', code2025: '31825', generation: 'historic' }],
    // Alone, or with only the province, either ward fits: say the province and flag it.
    ['Phường 1', { level: 'province', code: '95', code2025: '96', ambiguous: true, communeCode: null }],
    ['Phường 1, Bạc Liêu', { level: 'province', code: '95', code2025: '96', ambiguous: true, communeCode: null }],
    // Cà Mau city has its own numbered wards, which the data does not hold: only the province is sure.
    ['Phường 1, Cà Mau', { level: 'province', code: '96', code2025: '96' }],
  ])('%s', (raw, expected) => expectPlace(raw, expected));
});

describe('resolvePlace: names of 2004-2021', () => {
  it.each<[string, Expected]>([
    ['Thị trấn Giá Rai, huyện Giá Rai', { level: 'commune', code: '31942', code2025: '31942', generation: 'historic' }],
    ['TT Giá Rai', { level: 'commune', code: '31942', code2025: '31942', generation: 'historic' }],
    ['Thị trấn Hộ Phòng', { level: 'commune', code: '31945', code2025: '31942', generation: 'historic' }],
    ['Xã Phong Thạnh Đông A, huyện Giá Rai', { level: 'commune', code: '31951', code2025: '31951', generation: 'historic' }],
    ['Phường Láng Tròn', { level: 'commune', code: '31951', code2025: '31951', generation: '2023' }],
    ['Xã Phong Thạnh Đông', { level: 'commune', code: '31948', code2025: '31951', generation: '2023' }],
    ['Xã Châu Hưng, huyện Vĩnh Lợi', { level: 'commune', code: '31900', code2025: '31900', generation: 'historic' }],
    ['Thị trấn Châu Hưng', { level: 'commune', code: '31900', code2025: '31900', generation: '2023' }],
    ['Xã Châu Hưng A', { level: 'commune', code: '31903', code2025: '31900', generation: '2023' }],
    ['xã Minh Diệu, huyện Hòa Bình, Bạc Liêu', { level: 'commune', code: '31915', code2025: '31918', generation: '2023' }],
    ['Xã Minh Diệu, huyện Vĩnh Lợi', { level: 'commune', code: '31915', code2025: '31918', generation: 'historic' }],
    ['Thị trấn Hòa Bình, Vĩnh Lợi', { level: 'commune', code: '31891', code2025: '31891', generation: 'historic' }],
    ['Huyện Giá Rai', { level: 'district', code: '959', code2025: '96', generation: 'historic' }],
    ['Thị xã Bạc Liêu', { level: 'district', code: '954', code2025: '96', generation: 'historic' }],
    ['Vĩnh Hậu, Vĩnh Lợi, Minh Hải', { level: 'commune', code: '31927', code2025: '31927', generation: 'historic' }],
    ['Ấp 3, xã Vĩnh Hưng A, huyện Vĩnh Lợi, tỉnh Minh Hải', { level: 'commune', code: '31897', code2025: '31894', generation: 'historic' }],
    ['Minh Hải', { level: 'province', code: null, code2025: '96', generation: 'minh_hai' }],
  ])('%s', (raw, expected) => expectPlace(raw, expected));
});

describe('resolvePlace: the 2025 traps', () => {
  it.each<[string, Expected]>([
    // Old xã Phước Long went into Xã Vĩnh Phước (31876); the new Xã Phước Long (31867) is the old thị trấn.
    ['Xã Phước Long, huyện Phước Long', { level: 'commune', code: '31876', code2025: '31876', communeCode: '31876' }],
    ['Xã Phước Long, tỉnh Bạc Liêu', { level: 'commune', code: '31876', code2025: '31876' }],
    ['Xã Phước Long, tỉnh Cà Mau', { level: 'commune', code: '957', code2025: '31867', generation: '2025', communeCode: null }],
    ['Thị trấn Phước Long', { level: 'commune', code: '31867', code2025: '31867', generation: '2023' }],
    ['Xã Vĩnh Phước', { level: 'commune', code: '957', code2025: '31876', generation: '2025' }],
    // Without a district or province, xã Phước Long is either of two places: only the district is sure.
    ['Xã Phước Long', { level: 'district', code: '957', code2025: '96', ambiguous: true }],
    // Same name, new code: the 2023 commune lies inside the 2025 unit, so the old reading is kept.
    ['Xã Ninh Quới', { level: 'commune', code: '31846', code2025: '31849', generation: '2023' }],
    ['Xã Ninh Quới, tỉnh Cà Mau', { level: 'commune', code: '956', code2025: '31849', generation: '2025' }],
    ['Xã Ninh Quới A', { level: 'commune', code: '31849', code2025: '31849' }],
    ['Hưng Hội', { level: 'commune', code: '31909', code2025: '31906' }],
    ['Xã Hưng Hội, Cà Mau', { level: 'commune', code: '958', code2025: '31906', generation: '2025' }],
    ['Châu Thới, Vĩnh Lợi', { level: 'commune', code: '31912', code2025: '31894' }],
    ['Xã Long Điền, huyện Đông Hải', { level: 'commune', code: '31981', code2025: '31985' }],
    ['Xã An Trạch', { level: 'commune', code: '31987', code2025: '31988' }],
    ['Xã An Trạch A', { level: 'commune', code: '31988', code2025: '31988' }],
    ['Xã An Trạch, Cà Mau', { level: 'commune', code: '960', code2025: '31988', generation: '2025' }],
    // Old xã Phong Thạnh went into Phường Giá Rai; the new Xã Phong Thạnh is three other communes.
    ['Phong Thạnh', { level: 'district', code: '959', code2025: '96', ambiguous: true }],
    ['Xã Phong Thạnh, Thị xã Giá Rai', { level: 'commune', code: '31960', code2025: '31942' }],
    ['Xã Vĩnh Lợi, tỉnh Cà Mau', { level: 'commune', code: '958', code2025: '31900', generation: '2025', communeCode: null }],
    // Xã Hòa Bình (2025) takes communes of two 2023 districts: only the province is a 2023 code for it.
    ['Xã Hòa Bình', { level: 'commune', code: '95', code2025: '31891', generation: '2025' }],
    ['PHUONG BAC LIEU', { level: 'commune', code: '954', code2025: '31825', generation: '2025' }],
    ['Phường Giá Rai, Bạc Liêu', { level: 'commune', code: '959', code2025: '31942', generation: '2025' }],
  ])('%s', (raw, expected) => expectPlace(raw, expected));
});

describe('resolvePlace: districts and provinces', () => {
  it.each<[string, Expected]>([
    ['Giá Rai', { level: 'district', code: '959', code2025: '96', generation: '2023' }],
    ['Vĩnh Lợi', { level: 'district', code: '958', code2025: '96' }],
    ['Hòa Bình, Bạc Liêu', { level: 'district', code: '961', code2025: '96' }],
    ['Bạc Liêu', { level: 'province', code: '95', code2025: '96', generation: '2023' }],
    ['Bệnh viện Đa khoa tỉnh Bạc Liêu', { level: 'province', code: '95', code2025: '96' }],
    ['Sóc Trăng', { level: 'province', code: '94', code2025: '92' }],
    ['Hậu Giang', { level: 'province', code: '93', code2025: '92' }],
    ['TP. Hồ Chí Minh', { level: 'province', code: '79', code2025: '79' }],
    ['Quận 1, TP.HCM', { level: 'province', code: '79', code2025: '79' }],
    ['Sài Gòn', { level: 'province', code: '79', code2025: '79' }],
    ['Kiên Giang', { level: 'province', code: '91', code2025: '91' }],
    ['An Giang', { level: 'province', code: '89', code2025: '91' }],
    ['Đồng Tháp', { level: 'province', code: '87', code2025: '82' }],
    ['Tiền Giang', { level: 'province', code: '82', code2025: '82' }],
    ['Bà Rịa - Vũng Tàu', { level: 'province', code: '77', code2025: '79' }],
    ['Thừa Thiên - Huế', { level: 'province', code: '46', code2025: '46' }],
    ['Tân Phong, Long An', { level: 'province', code: '80', code2025: '80' }],
    ['Hà Tây', { level: 'province', code: '01', code2025: '01', generation: 'historic' }],
    ['Cửu Long', { level: 'province', code: null, code2025: '86', generation: 'historic' }],
    // Hòa Bình is a province and a district of Bạc Liêu.
    ['Hoà Bình', { level: null, code: null, code2025: null, ambiguous: true }],
  ])('%s', (raw, expected) => expectPlace(raw, expected));
});

describe('resolvePlace: codes and text that names no unit', () => {
  it.each<[string, Expected]>([
    ['31825', { level: 'commune', code: '31825', code2025: '31825' }],
    [' 31876 ', { level: 'commune', code: '31876', code2025: '31876' }],
    ['958', { level: 'district', code: '958', code2025: '96' }],
    ['94', { level: 'province', code: '94', code2025: '92' }],
    ['28', { level: 'province', code: '01', code2025: '01', generation: 'historic' }],
    ['99999', { level: null, code: null, code2025: null }],
    ['', { level: null, code: null, code2025: null, generation: null }],
    ['Bệnh viện Chợ Rẫy', { level: null, code: null, code2025: null }],
    ['không rõ', { level: null, code: null, code2025: null }],
    // A hamlet called like a commune is not the commune.
    ['Ấp Phước Long, xã Vĩnh Phú Đông', { level: 'commune', code: '31870', code2025: '31867' }],
    // "Quận 1" is not "Phường 1".
    ['Quận 1', { level: null, code: null, code2025: null }],
  ])('%j', (raw, expected) => expectPlace(raw, expected));
});

describe('resolvePlace: the same name however it is typed', () => {
  const nfd = (s: string) => s.normalize('NFD');
  it.each<[string, string]>([
    ['Xã Ðịnh Thành A, Đông Hải', '31996'], // Ð (U+00D0) typed for Đ
    [nfd('Phường Láng Tròn, Thị xã Giá Rai'), '31951'],
    ['XA VINH HAU A, HUYEN HOA BINH', '31930'],
    ['Xã Ninh Hoà, Hồng Dân', '31852'], // "Hoà" where the list writes "Hòa"
    ['x.vinh thanh ; h.phuoc long ; bac lieu', '31882'],
    ['TT.Gành Hào', '31972'],
    ['Trạm Y tế xã Vĩnh Hậu A, huyện Hòa Bình', '31930'],
  ])('%s', (raw, code) => {
    expect(resolvePlace(raw).communeCode).toBe(code);
  });
});
