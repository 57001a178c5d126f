CREATE TABLE people (id INTEGER, name VARCHAR, code VARCHAR);
INSERT INTO people VALUES (1, 'Smith', 'Ab'), (2, 'SMITH', 'AB'), (3, 'smith ', 'ab'), (4, 'Jones', 'aB');
SELECT 'ncs_eq' AS check_name, COUNT(*)::INTEGER AS cnt FROM people WHERE upper(rtrim(name)) = 'SMITH'
UNION ALL SELECT 'ncs_in', COUNT(*) FROM people WHERE upper(rtrim(name)) IN ('SMITH', 'JONES')
UNION ALL SELECT 'ncs_like', COUNT(*) FROM people WHERE upper(name) LIKE 'SM%'
UNION ALL SELECT 'ncs_ne', COUNT(*) FROM people WHERE upper(rtrim(name)) <> 'SMITH'
UNION ALL SELECT 'cs_eq', COUNT(*) FROM people WHERE rtrim(code) = 'AB'
UNION ALL SELECT 'cs_in', COUNT(*) FROM people WHERE rtrim(code) IN ('ab', 'Ab')
UNION ALL SELECT 'cs_like', COUNT(*) FROM people WHERE code LIKE 'a%'
UNION ALL SELECT 'cs_upper', COUNT(*) FROM people WHERE upper(code) = 'AB'
