CREATE TABLE lines (id INTEGER, grp VARCHAR, price DECIMAL(10,3));
INSERT INTO lines VALUES (1, 'A', 1.005), (2, 'A', 0.010), (3, 'B', 1.015), (4, 'B', 0.010), (5, 'C', -0.125), (6, 'D', 2.999), (7, 'D', 0.006);
SELECT grp,
       CAST(round_even(SUM(price), 2) AS DECIMAL(10,2)) AS total2,
       CAST(trunc(SUM(price)) AS INTEGER) AS total_int,
       CAST(round_even(MAX(price), 2) AS DECIMAL(10,2)) AS max2
FROM lines GROUP BY grp
