
/**
 * Lower-case ASCII words joined by '-': tone marks dropped, đ -> d.
 *
 * @example
 * slug('Thị trấn Ngan Dừa'); // 'thi-tran-ngan-dua'
 */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file name (without extension) of a commune's worklist: code, then name and district (TP, TX
 * kept, Huyện dropped), since names are not unique (two "Phường 1").
 *
 * @example
 * worklistFileName('31825', 'Phường 1', 'Thành phố Bạc Liêu'); // '31825-phuong-1-tp-bac-lieu'
 */
export function worklistFileName(code: string, communeName: string, districtName: string): string {
  const district = districtName.replace(/^Thành phố /, 'TP ').replace(/^Thị xã /, 'TX ').replace(/^Huyện /, '');
  return [code, slug(communeName), slug(district)].filter(Boolean).join('-');
}
