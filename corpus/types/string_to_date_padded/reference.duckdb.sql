CREATE TABLE raw_dates (id INTEGER, c VARCHAR, v VARCHAR);
INSERT INTO raw_dates VALUES (1, '2024-02-29', '2024-03-01  '), (2, '1999-12-31', '  2000-01-01'), (3, NULL, ' 2023-07-15 ');
SELECT id,
       CAST(trim(c) AS DATE) AS c_date,
       CAST(trim(v) AS DATE) AS v_date,
       CAST(CAST(trim(v) AS DATE) - CAST(trim(c) AS DATE) AS INTEGER) AS gap
FROM raw_dates
