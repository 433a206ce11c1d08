-- Whether two records' names of the same parent do not contradict each other: one is missing, they
-- are equal, they agree on family and given name (a middle name dropped or added, as happens between
-- documents), or they are one typo apart (Jaro-Winkler >= 0.9; folds are ASCII, so byte-wise is
-- character-wise here). Loose on purpose: it only confirms pairs already blocked on the child.
create or replace macro profile_same_parent(x, y) as
  x is null or y is null or x = y
  or (split_part(x, ' ', 1) = split_part(y, ' ', 1) and string_split(x, ' ')[-1] = string_split(y, ' ')[-1])
  or jaro_winkler_similarity(x, y) >= 0.9
