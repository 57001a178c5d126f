/* Trailing blanks are insignificant when Teradata compares strings: =, joins, GROUP BY and
   DISTINCT treat 'AB' and 'AB  ' as equal; leading blanks still count */
CREATE MULTISET TABLE str_db.tags
(
    id   INTEGER NOT NULL,
    tag  VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

CREATE MULTISET TABLE str_db.tag_names
(
    tag_key  VARCHAR(10) CHARACTER SET LATIN,
    tag_name VARCHAR(20) CHARACTER SET LATIN
)
PRIMARY INDEX ( tag_key );

INSERT INTO str_db.tags VALUES (1, 'AB');
INSERT INTO str_db.tags VALUES (2, 'AB  ');
INSERT INTO str_db.tags VALUES (3, 'CD');
INSERT INTO str_db.tags VALUES (4, ' AB');
INSERT INTO str_db.tag_names VALUES ('AB   ', 'alpha');
INSERT INTO str_db.tag_names VALUES ('CD', 'gamma');

CREATE MULTISET TABLE str_db.result_blanks
(
    check_name VARCHAR(20),
    tag        VARCHAR(10),
    cnt        INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO str_db.result_blanks
SELECT 'eq_literal', NULL, COUNT(*) FROM str_db.tags WHERE tag = 'AB';
INSERT INTO str_db.result_blanks
SELECT 'distinct', NULL, COUNT(DISTINCT tag) FROM str_db.tags;
INSERT INTO str_db.result_blanks
SELECT 'group', tag, COUNT(*) FROM str_db.tags GROUP BY tag;
INSERT INTO str_db.result_blanks
SELECT 'join', n.tag_name, COUNT(*)
FROM str_db.tags t
JOIN str_db.tag_names n ON t.tag = n.tag_key
GROUP BY n.tag_name;
