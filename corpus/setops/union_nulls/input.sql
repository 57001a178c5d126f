/* UNION removes duplicate rows treating NULLs as equal and ignoring trailing blanks (CHAR pads);
   UNION ALL keeps everything */
CREATE MULTISET TABLE set_db.src_old
(
    k     INTEGER,
    code  CHAR(5) CHARACTER SET LATIN CASESPECIFIC
)
PRIMARY INDEX ( k );

CREATE MULTISET TABLE set_db.src_new
(
    k     INTEGER,
    code  VARCHAR(5) CHARACTER SET LATIN CASESPECIFIC
)
PRIMARY INDEX ( k );

INSERT INTO set_db.src_old VALUES (1, NULL);
INSERT INTO set_db.src_old VALUES (1, NULL);
INSERT INTO set_db.src_old VALUES (2, 'AB');
INSERT INTO set_db.src_old VALUES (NULL, 'CD');
INSERT INTO set_db.src_new VALUES (1, NULL);
INSERT INTO set_db.src_new VALUES (2, 'AB');
INSERT INTO set_db.src_new VALUES (NULL, 'CD ');
INSERT INTO set_db.src_new VALUES (2, 'ab');

CREATE MULTISET TABLE set_db.result_union
(
    kind  VARCHAR(10),
    k     INTEGER,
    code  VARCHAR(5),
    cnt   INTEGER
)
PRIMARY INDEX ( k );

INSERT INTO set_db.result_union
SELECT 'union', k, code, 1
FROM (SELECT k, code FROM set_db.src_old UNION SELECT k, code FROM set_db.src_new) u;

INSERT INTO set_db.result_union
SELECT 'union_all', NULL, NULL, COUNT(*)
FROM (SELECT k, code FROM set_db.src_old UNION ALL SELECT k, code FROM set_db.src_new) u;
