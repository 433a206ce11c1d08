/**
 * Hand-curated name lists that the reference data lacks: southern given names of older
 * generations, names popular in the Mekong Delta since 2005, Khmer and Hoa names as they are
 * written in Vietnamese civil-status books, and given-name pairs that parents choose for twins.
 */

export const CLASSIC_GIVEN = {
  M: 'Tư Năm Sáu Bảy Tám Chín Mười Út Hai Ba Hùng Dũng Sơn Hải Thành Tâm Lợi Phước Lộc Tài Đức Hiền Minh Nhựt Thanh Quang Khải Vinh Hòa Bình Trung Nghĩa Bé Cường Phúc Thắng Hoàng Tiến Sang Phong Lâm Kiệt Đông Quới Thạnh Chiến Hậu Lành Của Được Rạng Mến Thiện Tuấn Hưng',
  F: 'Lan Hoa Hồng Cúc Mai Lài Đào Nga Nhung Thủy Hằng Hương Thu Liên Loan Tuyết Út Bé Hai Ba Tư Năm Sáu Bảy Tám Hạnh Phượng Diệu Kiều Xuân Thoa Trinh Dung Lệ Huệ Mận Lựu Ánh Em Nguyệt Vân Yến Sương Chi Tươi Nhàn Hiền Lành Gấm Phấn Thắm',
};

export const MODERN_GIVEN = {
  M: 'Khang Khoa Phúc Huy Bảo An Khôi Minh Nam Duy Thịnh Tài Lộc Phát Vinh Nhân Kiệt Hào Thiện Đạt Quân Hưng Tín Nghĩa Hậu Toàn Trí Luân Hiếu Long Khải Nguyên Thuận Vĩ Hoàng',
  F: 'Ngân Như Vy Thư Hân Nhi Trâm Anh Ngọc Linh My Quyên Uyên Thảo Trinh Hương Giang Yến Tiên Trúc Duyên Nhung Phương Thùy Diễm Kiều Mai Châu Hằng Xuân Ý Hà',
};

export const KHMER_FAMILY: [string, number][] = [
  ['Thạch', 28], ['Danh', 18], ['Sơn', 16], ['Kim', 10], ['Lâm', 7], ['Lý', 6], ['Trần', 5], ['Châu', 4], ['Triệu', 2], ['Dương', 2], ['Huỳnh', 2],
];

export const KHMER_GIVEN = {
  M: ['Sóc', 'Sol', 'Thươl', 'Mol', 'Sanh', 'Sà Phanh', 'Sa Ret', 'Sô Phắc', 'Chanh', 'Khol', 'Phươl', 'Sa Vong', 'Ba Ri', 'Sóc Kha', 'Sên', 'Ươl', 'Sà Rươn', 'Sa Mết', 'Pha', 'Rươl', 'Đa Ra', 'Sa Phon', 'Chanh Đa', 'Xê', 'Pho', 'Sa Ran', 'Hênh', 'Kha Na', 'Sa Rươne', 'Sóc Thươl'],
  F: ['Sa Rây', 'Sà Phanh', 'Sa Ri', 'Sô Phia', 'Chanh Thi', 'Srây Mol', 'Sa Rinh', 'Sà Quên', 'Thươne', 'Sa Ly', 'Pha Ly', 'Sóc Khanh', 'Sa Rết', 'Sa Ra', 'Sà Ry', 'Chan Thu', 'Sô Khum', 'Sà Rane', 'Đa Ni', 'Sóc Thia', 'Sa Vi', 'Mol', 'Sa Phia', 'Kim Thươl', 'Sóc Ly', 'Sà Ươne', 'Ka Ni', 'Sa Mon', 'Na Ry', 'Thi'],
};

export const HOA_FAMILY: [string, number][] = [
  ['Lý', 14], ['Trương', 12], ['Lâm', 12], ['Quách', 10], ['Huỳnh', 10], ['Tăng', 8], ['Trần', 8], ['Tiêu', 6], ['Mã', 6], ['Lưu', 5], ['Hứa', 5], ['Thái', 4], ['Châu', 4], ['Vương', 3], ['Diệp', 3], ['La', 3], ['Tạ', 3], ['Hà', 2],
];

export const HOA_GIVEN = {
  M: ['Kiến Hoa', 'Gia Hào', 'Tuấn Kiệt', 'Vĩnh Xương', 'Chí Cường', 'Quốc Hùng', 'Thiện Minh', 'Kiến Văn', 'Gia Huy', 'Vĩnh Phát', 'Hữu Tài', 'Minh Đức', 'Tấn Phát', 'Chấn Hưng', 'Khải Hoàn', 'Gia Bảo', 'Hữu Phước', 'Vĩnh Lợi', 'Kiến Quốc', 'Thế Vinh', 'Chí Thành', 'Quang Vinh', 'Diệu Minh', 'Bửu Sơn'],
  F: ['Mỹ Linh', 'Kim Phụng', 'Ngọc Mai', 'Huệ Mẫn', 'Thục Nghi', 'Bội Bội', 'Gia Hân', 'Tú Anh', 'Tiểu Mai', 'Diệu Hoa', 'Kim Huệ', 'Bảo Ngọc', 'Lệ Quyên', 'Mỹ Phụng', 'Ngọc Hà', 'Huệ Linh', 'Mỹ Hoa', 'Kim Liên', 'Thu Cúc', 'Ái Linh', 'Tuyết Mai', 'Mỹ Ngọc', 'Bích Vân', 'Uyển Nhi'],
};

/** Given names parents choose for twins: near-identical or paired ("An"/"Anh", "Phúc"/"Lộc"). */
export const TWIN_PAIRS: { sexes: 'MM' | 'FF' | 'MF'; a: string; b: string }[] = [
  { sexes: 'MM', a: 'An', b: 'Anh' },
  { sexes: 'MM', a: 'Phúc', b: 'Lộc' },
  { sexes: 'MM', a: 'Hưng', b: 'Thịnh' },
  { sexes: 'MM', a: 'Tài', b: 'Lộc' },
  { sexes: 'MM', a: 'Tâm', b: 'Tú' },
  { sexes: 'MM', a: 'Đức', b: 'Đạt' },
  { sexes: 'MM', a: 'Nhân', b: 'Nghĩa' },
  { sexes: 'MM', a: 'Khang', b: 'Khương' },
  { sexes: 'FF', a: 'Anh', b: 'Ánh' },
  { sexes: 'FF', a: 'Vy', b: 'Vân' },
  { sexes: 'FF', a: 'Hằng', b: 'Nga' },
  { sexes: 'FF', a: 'Như', b: 'Ý' },
  { sexes: 'FF', a: 'Thảo', b: 'Thơ' },
  { sexes: 'FF', a: 'Mai', b: 'Lan' },
  { sexes: 'FF', a: 'Tâm', b: 'Tú' },
  { sexes: 'MF', a: 'Long', b: 'Phụng' },
  { sexes: 'MF', a: 'An', b: 'Anh' },
  { sexes: 'MF', a: 'Phúc', b: 'Hạnh' },
];

/** Southern forms: Huỳnh for Hoàng, Võ for Vũ; northern surnames are rarer in Bạc Liêu. */
export const SOUTHERN_SURNAME_FACTOR: Record<string, number> = {
  Huỳnh: 1.7, Võ: 1.35, Hoàng: 0.35, Vũ: 0.3, Bùi: 0.7, Đỗ: 0.8, Trịnh: 0.6, Đinh: 0.7, Phan: 1.2, Dương: 1.2, Lâm: 1.3, Tô: 1.3, Châu: 1.5, Lưu: 1.2, Quách: 1.5, Nguyễn: 1.05, Trần: 1.12,
};
/** Family names of Khmer families, kept out of the Kinh pool. */
export const NOT_KINH_SURNAMES = new Set(['Thạch', 'Danh', 'Sơn', 'Kim']);
