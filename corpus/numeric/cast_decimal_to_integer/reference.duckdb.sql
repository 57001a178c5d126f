CREATE TABLE amounts (id INTEGER, amt DECIMAL(10,2));
INSERT INTO amounts VALUES (1, 2.70), (2, -2.70), (3, 2.50), (4, -2.50), (5, 0.99), (6, -0.99), (7, 123.45), (8, NULL);
SELECT id,
       CAST(trunc(amt) AS INTEGER) AS cast_int,
       CAST(trunc(amt) AS INTEGER) AS assigned,
       CAST(trunc(amt) AS SMALLINT) AS cast_small,
       CAST(trunc(amt * 10) AS BIGINT) AS cast_big,
       CAST(trunc(amt * 1.5) AS INTEGER) AS scaled_int
FROM amounts
