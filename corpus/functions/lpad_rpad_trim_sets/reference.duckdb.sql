CREATE TABLE codes (id INTEGER, s VARCHAR, n INTEGER);
INSERT INTO codes VALUES (1, 'ab', 7), (2, 'abcdefgh', 123456), (3, 'xyxAxy', -5), (4, '0.0120.0', 0), (5, NULL, NULL);
SELECT id,
       lpad(s, 5, '0') AS lp0,
       lpad(s, 7, 'ab') AS lp_ab,
       rpad(s, 6, '.') AS rp_dot,
       rpad(s, 4, ' ') || '|' AS rp_blank,
       lpad(CAST(n AS VARCHAR), 6, '0') AS zpad,
       ltrim(s, 'xy') AS lt_xy,
       rtrim(s, '0.') AS rt_z
FROM codes
