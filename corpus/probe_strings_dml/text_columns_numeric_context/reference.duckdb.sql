CREATE TABLE landing_line (rec_id INTEGER, qty_txt VARCHAR, price_txt VARCHAR, cat_txt VARCHAR);
INSERT INTO landing_line VALUES (1, '9', '2.50', '01'), (2, '10', '1.25', '2'), (3, ' 12', '10.00', '03'), (4, '007', '3.00', '1'), (5, NULL, '4.00', '02');
-- Arithmetic and comparisons with a number convert the text to a number (FLOAT); '9' > 9 is
-- false, '10' > 9 true (a text comparison would say the opposite). ORDER BY the text column itself
-- stays a character sort (NULL first): NULL, ' 12', '007', '10', '9'.
SELECT rec_id,
       CAST(CAST(trim(qty_txt) AS DOUBLE) + 0 AS INTEGER) AS qty,
       CAST(CAST(trim(qty_txt) AS DOUBLE) * CAST(price_txt AS DOUBLE) AS DECIMAL(10,2)) AS ext_amt,
       CASE WHEN CAST(trim(qty_txt) AS DOUBLE) > 9 THEN 'BIG' ELSE 'SMALL' END AS size_cls,
       CASE WHEN CAST(cat_txt AS DOUBLE) IN (1, 3) THEN 'A' ELSE 'B' END AS cat_grp,
       CAST(RANK() OVER (ORDER BY qty_txt NULLS FIRST) AS INTEGER) AS qty_txt_ord
FROM landing_line
