-- Whether two records' names of the same parent do not contradict each other: one is missing, or
-- their ASCII folds are nearly equal (one typo apart). Folds are ASCII, so byte-wise Jaro-Winkler is
-- character-wise here.
create or replace macro profile_same_parent(x, y) as
  x is null or y is null or x = y or jaro_winkler_similarity(x, y) >= 0.9
