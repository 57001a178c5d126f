CREATE TABLE supplier (sup_id INTEGER, sup_nm VARCHAR, country VARCHAR, seq_no INTEGER);
INSERT INTO supplier VALUES (1, 'Acme Industrial Supplies', 'Germany', 7), (2, 'Bolt', 'UK', 42), (3, 'Cogsworth Ltd', NULL, 123456), (4, NULL, 'France', NULL), (5, 'Dynamo', 'Spain', 0);
-- CAST(x AS VARCHAR(n)) keeps the first n characters (Teradata mode, no error);
-- SUBSTRING past the end gives '' ; LPAD to 5 truncates longer strings from the right.
SELECT sup_id,
       left(sup_nm, 8) AS short_nm,
       left(country, 3) || '-' || left(sup_nm, 4) AS sup_key,
       substring(sup_nm, 3, 4) AS mid_part,
       substring(sup_nm, 6) AS tail_part,
       lpad(CAST(seq_no AS VARCHAR), 5, '0') AS seq_txt,
       CAST(length(left(sup_nm, 8)) AS INTEGER) AS short_len
FROM supplier
