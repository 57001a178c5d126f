CREATE TABLE codes (code INTEGER, label VARCHAR);
INSERT INTO codes VALUES (1, 'one'), (2, 'two');
CREATE TABLE codes_copy AS SELECT * FROM codes;
INSERT INTO codes_copy SELECT DISTINCT * FROM (SELECT code, label FROM codes) EXCEPT SELECT * FROM codes_copy;
INSERT INTO codes_copy SELECT DISTINCT * FROM (SELECT 3, 'three') EXCEPT SELECT * FROM codes_copy;
INSERT INTO codes_copy SELECT DISTINCT * FROM (SELECT 3, 'three') EXCEPT SELECT * FROM codes_copy;
CREATE TABLE codes_shape (code10 INTEGER, lbl VARCHAR);
INSERT INTO codes_shape SELECT code, label FROM codes_copy;
INSERT INTO codes_shape SELECT code, label FROM codes_copy WHERE code = 3;
SELECT 'copy' AS src, code, label, COUNT(*) AS cnt FROM codes_copy GROUP BY code, label
UNION ALL SELECT 'shape', code10, lbl, COUNT(*) FROM codes_shape GROUP BY code10, lbl
