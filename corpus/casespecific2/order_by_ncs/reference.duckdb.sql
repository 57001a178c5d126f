CREATE TABLE fruits (id INTEGER, name VARCHAR);
INSERT INTO fruits VALUES (1, 'banana'), (2, 'Apple'), (3, 'cherry'), (4, 'APPLE'), (5, 'Banana '), (6, 'apple'), (7, NULL);
SELECT id,
       (row_number() OVER (ORDER BY upper(rtrim(name)) ASC NULLS FIRST, id))::INTEGER AS rn_asc,
       (row_number() OVER (ORDER BY upper(rtrim(name)) DESC NULLS LAST, id))::INTEGER AS rn_desc,
       (rank() OVER (ORDER BY upper(rtrim(name)) ASC NULLS FIRST))::INTEGER AS rk_asc
FROM fruits
