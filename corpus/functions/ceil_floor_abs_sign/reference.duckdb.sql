CREATE TABLE readings (id INTEGER, v DECIMAL(8,2), n INTEGER);
INSERT INTO readings VALUES (1, 2.10, 5), (2, -2.10, -5), (3, -2.90, 0), (4, 3.00, -1), (5, -0.50, NULL), (6, 0.00, 7), (7, NULL, -12);
SELECT id,
       CAST(ceil(v) AS DECIMAL(8,2)) AS ceil_v,
       CAST(floor(v) AS DECIMAL(8,2)) AS floor_v,
       CAST(abs(v) AS DECIMAL(8,2)) AS abs_v,
       CAST(sign(v) AS INTEGER) AS sign_v,
       abs(n) AS abs_n,
       CAST(sign(n) AS INTEGER) AS sign_n
FROM readings
