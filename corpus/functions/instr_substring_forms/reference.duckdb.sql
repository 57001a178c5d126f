CREATE TABLE paths (id INTEGER, p VARCHAR, c VARCHAR);
INSERT INTO paths VALUES (1, 'a/b/c/d', 'AB    '), (2, 'root', 'ABCDEF'), (3, '//x', 'Q     '), (4, NULL, NULL);
SELECT id,
       instr(p, '/') AS first_sl,
       CASE WHEN p IS NULL THEN NULL WHEN instr(substr(p, 3), '/') = 0 THEN 0 ELSE instr(substr(p, 3), '/') + 2 END AS sl_from3,
       CASE WHEN p IS NULL THEN NULL ELSE coalesce(list_extract(list_filter(range(1, length(p) + 1), lambda i: substr(p, i, 1) = '/'), 2), 0) END AS second_sl,
       CASE WHEN p IS NULL THEN NULL ELSE coalesce(list_extract(list_filter(range(1, length(p) + 1), lambda i: substr(p, i, 1) = '/'), 3), 0) END AS third_sl,
       substr(p, 3) AS tail3,
       substr(p, 2, 100) AS mid,
       substr(p, 40) AS past_end,
       length(substr(p, 40)) AS past_len,
       length(substr(c, 2)) AS c_tail_len
FROM paths
