CREATE TABLE ratios (id INTEGER, num INTEGER, den INTEGER, f DOUBLE);
INSERT INTO ratios VALUES (1, 1, 3, 3.14159), (2, 2, 3, -2.71828), (3, 7, 2, 0.001), (4, -7, 2, 12345.6789), (5, NULL, 4, NULL);
SELECT id,
       CAST(num AS DECIMAL(8,2)) AS num_dec,
       CAST(CAST(trunc(num / den) AS INTEGER) AS DECIMAL(8,2)) AS int_quot,
       CAST(round(CAST(num AS DECIMAL(18,6)) / den, 2) AS DECIMAL(8,2)) AS dec_quot,
       CAST(f AS DECIMAL(10,2)) AS f_dec,
       CAST(f AS DECIMAL(12,4)) AS f_dec4
FROM ratios
