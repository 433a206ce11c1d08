import { describe, expect, it } from 'vitest';
import { ERROR_LABELS, OUTCOMES, OUTCOME_LABELS, errorCategory, errorLabel, categoryLabel, suggestedFix, eventTypeLabel, EVENT_TYPES, roleLabel } from '../../src/report/index.js';
import { errorCodes } from '../../src/config/match.js';

describe('labels', () => {
  it('every error code of the contract has a Vietnamese and English label, a category label and a suggested fix', () => {
    for (const code of errorCodes) {
      expect(ERROR_LABELS[code], code).toBeDefined();
      expect(errorLabel(code, 'vi')).not.toBe(code);
      expect(errorLabel(code, 'en')).not.toBe(code);
      expect(categoryLabel(errorCategory(code), 'vi')).not.toBe(errorCategory(code));
      expect(suggestedFix(code, 'discrepant', 'vi')).toMatch(/^[A-ZĐ]/);
    }
  });

  it('every outcome, event type and role has labels in both languages', () => {
    for (const o of OUTCOMES) expect(OUTCOME_LABELS[o].vi && OUTCOME_LABELS[o].en).toBeTruthy();
    for (const e of EVENT_TYPES) expect(eventTypeLabel(e, 'vi')).not.toBe(e);
    for (const r of ['child', 'father', 'mother', 'deceased', 'husband', 'wife', 'parent', 'guardian', 'ward', 'adopter', 'adoptee', 'person']) {
      expect(roleLabel(r, 'vi')).not.toBe(r);
      expect(roleLabel(r, 'en')).not.toBe(r);
    }
  });

  it('unknown codes fall back to themselves, not-found and ambiguous rows get their own advice', () => {
    expect(errorLabel('x.new_code', 'vi')).toBe('x.new_code');
    expect(suggestedFix(null, 'not_found', 'vi')).toMatch(/^Xác minh/);
    expect(suggestedFix(null, 'ambiguous', 'en')).toMatch(/verify identity/);
    expect(suggestedFix('dob.date', 'discrepant', 'vi')).toBe('Đối chiếu sổ gốc; sửa ngày sinh theo CSDLQG nếu sổ gốc ghi như CSDLQG.');
  });
});
