// fast-check generators of Vietnamese text shared by the src/vn tests.
import fc from 'fast-check';

export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Vũ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương', 'Đinh', 'Lý', 'Thạch', 'Danh', 'Sơn', 'Kim', 'Lâm', 'Quách', 'Tăng', 'Lưu', 'Triệu', 'Ưng', 'Ông'];
export const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Hoàng', 'Kim', 'Thị Ánh', 'Văn Út', 'Thị Sa', 'Sà', 'Mỹ', 'Xuân', 'Phước', 'Quang'];
export const GIVENS = ['An', 'Ánh', 'Tuyết', 'Hòa', 'Thúy', 'Khỏe', 'Quý', 'Quỳnh', 'Giang', 'Nguyệt', 'Hương', 'Phượng', 'Dũng', 'Thuyết', 'Rây', 'Phanh', 'Lìn', 'Khuỷu', 'Ngoan', 'Thủy', 'Yến', 'Ước', 'Ửng', 'Ỷ', 'Ỹ', 'Đạt', 'Giàu', 'Quyết', 'Oanh', 'Hiếu', 'Trí', 'Tú', 'Tư', 'Lộc', 'Ẩn'];

/** Realistic full names (2 to 4 words), NFC, Title Case, canonical tone placement. */
export const vietnameseName = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.option(fc.constantFrom(...MIDDLES), { nil: undefined }), fc.constantFrom(...GIVENS))
  .map(([f, m, g]) => [f, m, g].filter(Boolean).join(' '));

// Syllables built from the grammar: onset + rhyme + one tone on a vowel (any vowel: placement varies).
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = ['a', 'ai', 'ao', 'anh', 'ăn', 'âu', 'ây', 'em', 'êch', 'i', 'ia', 'iên', 'iêu', 'o', 'oa', 'oai', 'oang', 'oe', 'ôi', 'ông', 'ơi', 'u', 'ua', 'uân', 'uôi', 'uy', 'uyên', 'ư', 'ưa', 'ươi', 'ương', 'ưu', 'yêu', 'uya', 'uyu', 'oong'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

// after qu the u is the medial: only these rhymes follow it
const QU_RHYMES = ['a', 'ai', 'an', 'ang', 'anh', 'ay', 'ân', 'ât', 'ây', 'e', 'en', 'et', 'ê', 'ên', 'y', 'yên', 'yêt', 'ynh', 'ôc'];

export const syllable = fc.tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...RHYMES), fc.constantFrom(...TONES), fc.nat()).map(([o, r, t, pick]) => {
  if (o === 'qu') r = QU_RHYMES[pick % QU_RHYMES.length];
  if (t === '') return (o + r).normalize('NFC');
  const vowels = [...r].map((c, i) => ('aăâeêioôơuưy'.includes(c) ? i : -1)).filter((i) => i >= 0);
  const at = vowels[pick % vowels.length];
  return (o + r.slice(0, at + 1) + t + r.slice(at + 1)).normalize('NFC');
});

/** Words of generated syllables in random case patterns. */
export const vietnameseText = fc
  .array(fc.tuple(syllable, fc.constantFrom('lower', 'title', 'upper')), { minLength: 1, maxLength: 6 })
  .map((ws) => ws.map(([w, c]) => (c === 'lower' ? w : c === 'upper' ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1))).join(' '));

/** Strings biased towards what breaks Vietnamese text handling: marks, look-alikes, odd spaces. */
export const messyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'o', 'u', 'y', 'e', 'i', 'q', 'g', 'n', 'h', 'A', 'O', 'U', 'Q', 'Đ', 'đ', 'Ð', 'ð', 'ư', 'ơ', 'ă', 'â', 'ê', 'ô', 'à', 'á', 'ỳ', 'ẻ', 'Ỹ'),
    fc.constantFrom('\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323', '\u0340'),
    fc.constantFrom(' ', '  ', '\u00a0', '\t', '\n', '\u200b', '\ufeff', '\u00ad', "'", '-', '.', ',', '(', 'Ａ', '１'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});
