CREATE MACRO td_substr(s, st, ln) AS CASE WHEN s IS NULL THEN NULL WHEN st + ln - 1 < 1 OR st > length(s) THEN '' ELSE s[greatest(st, 1):least(st + ln - 1, length(s))] END;
CREATE TABLE words (id INTEGER, s VARCHAR);
INSERT INTO words VALUES (1, 'abcdef'), (2, 'xy'), (3, NULL);
SELECT id,
       td_substr(s, 0, 3) AS s_zero,
       td_substr(s, -1, 3) AS s_neg,
       td_substr(s, 2, 100) AS s_past,
       td_substr(s, 3, 1000) AS s_tail,
       td_substr(s, 0, 2) AS s_ansi,
       td_substr(s, -3, 2) AS s_empty
FROM words
