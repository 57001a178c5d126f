CREATE TABLE raw_values (id INTEGER, txt VARCHAR);
INSERT INTO raw_values VALUES (1, '1.234.567,89'), (2, 'a.b$c(d)a.b'), (3, 'abcabc'), (4, NULL);
SELECT id,
       replace(txt, '.', '') AS no_dots,
       replace(txt, 'a.b', 'X') AS ab_to_x,
       replace(txt, '$', '') AS no_dollar,
       replace(replace(txt, '(', '['), ')', ']') AS no_paren,
       translate(txt, 'abc.', 'x') AS translated
FROM raw_values
