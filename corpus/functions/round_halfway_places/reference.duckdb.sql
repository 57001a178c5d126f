CREATE TABLE amounts (id INTEGER, amt DECIMAL(10,3));
INSERT INTO amounts VALUES (1, 2.345), (2, -2.345), (3, 2.500), (4, -2.500), (5, 125.000), (6, -135.000), (7, 0.125), (8, 1450.000), (9, NULL);
SELECT id,
       CAST(sign(amt) * floor(abs(amt) * 100 + 0.5) / 100 AS DECIMAL(10,3)) AS r2,
       CAST(sign(amt) * floor(abs(amt) + 0.5) AS DECIMAL(10,3)) AS r0,
       CAST(sign(amt) * floor(abs(amt) / 10 + 0.5) * 10 AS DECIMAL(10,3)) AS r_tens,
       CAST(sign(amt) * floor(abs(amt) / 100 + 0.5) * 100 AS DECIMAL(10,3)) AS r_hund
FROM amounts
