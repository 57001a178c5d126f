/* NOT CASESPECIFIC columns compare case-blind with =, IN and LIKE; CASESPECIFIC columns do not */
CREATE MULTISET TABLE cs_db.people
(
    id    INTEGER NOT NULL,
    name  VARCHAR(20) CHARACTER SET LATIN NOT CASESPECIFIC,
    code  VARCHAR(10) CHARACTER SET LATIN CASESPECIFIC
)
PRIMARY INDEX ( id );

INSERT INTO cs_db.people VALUES (1, 'Smith', 'Ab');
INSERT INTO cs_db.people VALUES (2, 'SMITH', 'AB');
INSERT INTO cs_db.people VALUES (3, 'smith ', 'ab');
INSERT INTO cs_db.people VALUES (4, 'Jones', 'aB');

CREATE MULTISET TABLE cs_db.result_compare
(
    check_name VARCHAR(20),
    cnt        INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO cs_db.result_compare SELECT 'ncs_eq', COUNT(*) FROM cs_db.people WHERE name = 'smith';
INSERT INTO cs_db.result_compare SELECT 'ncs_in', COUNT(*) FROM cs_db.people WHERE name IN ('SMITH', 'JONES');
INSERT INTO cs_db.result_compare SELECT 'ncs_like', COUNT(*) FROM cs_db.people WHERE name LIKE 'sM%';
INSERT INTO cs_db.result_compare SELECT 'ncs_ne', COUNT(*) FROM cs_db.people WHERE name <> 'SMITH';
INSERT INTO cs_db.result_compare SELECT 'cs_eq', COUNT(*) FROM cs_db.people WHERE code = 'AB';
INSERT INTO cs_db.result_compare SELECT 'cs_in', COUNT(*) FROM cs_db.people WHERE code IN ('ab', 'Ab');
INSERT INTO cs_db.result_compare SELECT 'cs_like', COUNT(*) FROM cs_db.people WHERE code LIKE 'a%';
INSERT INTO cs_db.result_compare SELECT 'cs_upper', COUNT(*) FROM cs_db.people WHERE UPPER(code) = 'AB';
