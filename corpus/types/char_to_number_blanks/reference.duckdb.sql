CREATE TABLE raw_codes (id INTEGER, c VARCHAR, v VARCHAR);
INSERT INTO raw_codes VALUES (1, '42', ' 12.50 '), (2, '  42', '0012.5'), (3, '007', '-3.25'), (4, '-7', '   '), (5, '      ', '8'), (6, NULL, NULL);
SELECT id,
       CAST(CASE WHEN trim(c) = '' THEN '0' ELSE trim(c) END AS INTEGER) AS c_int,
       CAST(CASE WHEN trim(c) = '' THEN '0' ELSE trim(c) END AS INTEGER) + 1 AS c_plus,
       CAST(CASE WHEN trim(v) = '' THEN '0' ELSE trim(v) END AS DECIMAL(8,2)) AS v_dec
FROM raw_codes
