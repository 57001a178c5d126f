CREATE TABLE src_old (k INTEGER, code VARCHAR);
CREATE TABLE src_new (k INTEGER, code VARCHAR);
INSERT INTO src_old VALUES (1, NULL), (1, NULL), (2, 'AB'), (NULL, 'CD');
INSERT INTO src_new VALUES (1, NULL), (2, 'AB'), (NULL, 'CD '), (2, 'ab');
SELECT 'union' AS kind, k, code, 1 AS cnt FROM (SELECT k, rtrim(code) AS code FROM src_old UNION SELECT k, rtrim(code) FROM src_new) u
UNION ALL SELECT 'union_all', NULL, NULL, COUNT(*)::INTEGER FROM (SELECT k, code FROM src_old UNION ALL SELECT k, code FROM src_new) u
