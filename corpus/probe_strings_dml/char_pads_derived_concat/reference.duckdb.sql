CREATE TABLE customer (cust_id INTEGER, title_cd VARCHAR, pref_cd VARCHAR, alt_cd VARCHAR, nick_nm VARCHAR);
INSERT INTO customer VALUES (1, 'mr  ', 'GOLD', 'SILV', 'Bob'), (2, 'mrs ', NULL, 'BR  ', 'Annie'), (3, 'dr  ', 'PT  ', NULL, 'Doc'), (4, NULL, NULL, NULL, NULL), (5, 'prof', 'X   ', 'Y   ', 'Sunshine');
-- A CHAR(4) value keeps its pads when copied into a wider VARCHAR(12) (only a CHAR longer than the
-- target loses trailing pads), so the stage holds 'mr  ' (4 characters).
CREATE TABLE cust_stage (cust_id INTEGER, title_txt VARCHAR);
INSERT INTO cust_stage SELECT cust_id, title_cd FROM customer;
-- UPPER of CHAR(4) is CHAR(4); COALESCE of two CHAR(4) is CHAR(4); CAST(v AS CHAR(6)) pads to 6
-- and truncates longer values ('Sunshine' -> 'Sunshi').
SELECT c.cust_id,
       upper(c.title_cd) || '.' AS title_key,
       coalesce(c.pref_cd, c.alt_cd) || '|' AS tier_key,
       rpad(left(c.nick_nm, 6), 6, ' ') || '|' AS nick_key,
       CAST(length(rpad(left(c.nick_nm, 6), 6, ' ')) AS INTEGER) AS nick_len,
       s.title_txt || '|' AS stage_key,
       CAST(length(s.title_txt) AS INTEGER) AS stage_len
FROM customer c JOIN cust_stage s ON s.cust_id = c.cust_id
