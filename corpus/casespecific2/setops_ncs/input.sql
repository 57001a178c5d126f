/* Set operators on default NOT CASESPECIFIC columns: MINUS, EXCEPT, INTERSECT and UNION
   treat case variants and padded values as duplicates */
CREATE MULTISET TABLE ncs_db.cities_a
(
    id    INTEGER NOT NULL,
    city  VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

CREATE MULTISET TABLE ncs_db.cities_b
(
    id    INTEGER NOT NULL,
    city  VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO ncs_db.cities_a VALUES (1, 'Paris');
INSERT INTO ncs_db.cities_a VALUES (2, 'LYON');
INSERT INTO ncs_db.cities_a VALUES (3, 'Nice ');
INSERT INTO ncs_db.cities_a VALUES (4, 'Rome');
INSERT INTO ncs_db.cities_a VALUES (5, 'rome');
INSERT INTO ncs_db.cities_b VALUES (1, 'PARIS');
INSERT INTO ncs_db.cities_b VALUES (2, 'lyon  ');
INSERT INTO ncs_db.cities_b VALUES (3, 'Oslo');

CREATE MULTISET TABLE ncs_db.result_setops
(
    check_name  VARCHAR(20),
    cnt         INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO ncs_db.result_setops
SELECT 'minus', COUNT(*) FROM (SELECT city FROM ncs_db.cities_a MINUS SELECT city FROM ncs_db.cities_b) d;
INSERT INTO ncs_db.result_setops
SELECT 'except_rev', COUNT(*) FROM (SELECT city FROM ncs_db.cities_b EXCEPT SELECT city FROM ncs_db.cities_a) d;
INSERT INTO ncs_db.result_setops
SELECT 'intersect', COUNT(*) FROM (SELECT city FROM ncs_db.cities_a INTERSECT SELECT city FROM ncs_db.cities_b) d;
INSERT INTO ncs_db.result_setops
SELECT 'union', COUNT(*) FROM (SELECT city FROM ncs_db.cities_a UNION SELECT city FROM ncs_db.cities_b) d;
INSERT INTO ncs_db.result_setops
SELECT 'union_all', COUNT(*) FROM (SELECT city FROM ncs_db.cities_a UNION ALL SELECT city FROM ncs_db.cities_b) d;
