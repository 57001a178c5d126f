CREATE TABLE codes (id INTEGER, code VARCHAR, label VARCHAR);
INSERT INTO codes VALUES (1, '00120', '  pad  '), (2, '000', 'x.yx..'), (3, '7000', NULL), (4, NULL, '   ');
SELECT id,
       ltrim(code, '0') AS no_lead0,
       rtrim(code, '0') AS no_trail0,
       rtrim(label, '.') AS no_dots,
       trim(label, 'x') AS both_x,
       '[' || trim(label) || ']' AS trimmed,
       length(trim(label))::INTEGER AS trimmed_len
FROM codes
