CREATE TABLE nums (id INTEGER, x INTEGER, p INTEGER);
INSERT INTO nums VALUES (1, 1, 0), (2, 100, 2), (3, 1000, 3), (4, 16, 1), (5, NULL, 2);
SELECT id,
       CAST(sqrt(x) AS DECIMAL(12,4)) AS sqrt_x,
       CAST(log10(x) AS DECIMAL(12,4)) AS log_x,
       CAST(ln(x) AS DECIMAL(12,4)) AS ln_x,
       CAST(exp(ln(x)) AS DECIMAL(12,4)) AS exp_ln,
       CAST(pow(x, p) AS DECIMAL(18,4)) AS pow_x,
       CAST(pow(2, p + 8) AS DECIMAL(12,4)) AS pow_two
FROM nums
