/** Data-quality profiling of the digitized registers and the population extract. */
export { profile, type ProfileOptions } from './profile.js';
export { profileFigures } from './figures.js';
export { renderProfileSection } from './section.js';
export { writeProfileOutputs, type ProfileOutputFiles } from './outputs.js';
export { DEFAULT_RULES } from './rules/defaults.js';
export { REQUIRED_FIELDS } from './required-fields.js';
export type { ProfileFigures, ProfileSummary, ColumnFigure, CompletenessFigure, RuleFigure } from './types.js';
