CREATE TABLE names (id INTEGER, first_c VARCHAR, last_c VARCHAR, nick_v VARCHAR);
INSERT INTO names VALUES (1, rpad('AB', 6, ' '), rpad('CD', 4, ' '), 'AB'), (2, 'ABCDEF', 'WXYZ', 'ABCDEF'), (3, rpad('Q', 6, ' '), NULL, NULL);
SELECT id,
       length(first_c)::INTEGER AS len_char,
       length(last_c)::INTEGER AS len_char2,
       length(nick_v)::INTEGER AS len_var,
       first_c || '#' AS char_cat,
       first_c || last_c || '|' AS full_name,
       nick_v || '#' AS var_cat,
       trim(first_c) || '-' || trim(last_c) AS trim_cat
FROM names
