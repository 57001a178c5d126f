CREATE TABLE measures (id INTEGER, m DECIMAL(10,4));
INSERT INTO measures VALUES (1, 2.3450), (2, 2.3550), (3, -2.3450), (4, 2.3451), (5, 2.3480), (6, 2.3419), (7, 0.0250), (8, 7.5000), (9, 8.5000), (10, NULL);
SELECT id,
       CAST(round_even(m, 2) AS DECIMAL(10,2)) AS d2,
       CAST(round_even(m, 0) AS DECIMAL(10,0)) AS d0,
       CAST(trunc(m) AS INTEGER) AS as_int
FROM measures
