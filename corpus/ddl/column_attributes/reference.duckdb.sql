CREATE TABLE people (id INTEGER NOT NULL, uname VARCHAR, city VARCHAR, qty INTEGER DEFAULT 0, cs_txt VARCHAR, ncs_txt VARCHAR);
INSERT INTO people VALUES (1, 'ALICE', 'PARIS', 5, 'abc', 'abc'), (2, 'BOB', 'Lyon', 0, 'ABC', 'ABC');
INSERT INTO people (id, uname, city) VALUES (3, 'CY', NULL);
UPDATE people SET uname = upper('dora' || uname) WHERE id = 3;
SELECT id, uname, city, qty, CASE WHEN cs_txt = 'abc' THEN 'Y' ELSE 'N' END AS cs_eq, CASE WHEN upper(ncs_txt) = upper('abc') THEN 'Y' ELSE 'N' END AS ncs_eq, CASE WHEN upper(uname) = 'BOB' THEN 'Y' ELSE 'N' END AS found_bob FROM people
