/* NOT CASESPECIFIC (default) versus CASESPECIFIC columns in =, IN, LIKE and CASE, and the
   (CASESPECIFIC) / (NOT CASESPECIFIC) attribute overrides inside predicates */
CREATE MULTISET TABLE ncs_db.tickets
(
    id      INTEGER NOT NULL,
    status  VARCHAR(10) CHARACTER SET LATIN,
    code    VARCHAR(6) CHARACTER SET LATIN CASESPECIFIC,
    note    VARCHAR(20) CHARACTER SET LATIN NOT CASESPECIFIC
)
PRIMARY INDEX ( id );

INSERT INTO ncs_db.tickets VALUES (1, 'Open', 'AbC', 'urgent: fix');
INSERT INTO ncs_db.tickets VALUES (2, 'OPEN  ', 'abc', 'Urgent');
INSERT INTO ncs_db.tickets VALUES (3, 'closed', 'ABC', 'later');
INSERT INTO ncs_db.tickets VALUES (4, 'Pending', 'AbC ', 'URGENT later');
INSERT INTO ncs_db.tickets VALUES (5, NULL, NULL, NULL);

CREATE MULTISET TABLE ncs_db.result_predicates
(
    check_name  VARCHAR(20),
    cnt         INTEGER,
    id_sum      INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO ncs_db.result_predicates
SELECT 'ncs_eq', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE status = 'open';
INSERT INTO ncs_db.result_predicates
SELECT 'ncs_in', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE status IN ('PENDING', 'Closed');
INSERT INTO ncs_db.result_predicates
SELECT 'ncs_like', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE note LIKE 'urgent%';
INSERT INTO ncs_db.result_predicates
SELECT 'ncs_case', COUNT(*), SUM(id) FROM ncs_db.tickets
WHERE CASE WHEN status = 'OPEN' THEN 1 WHEN status LIKE 'C%' THEN 2 ELSE 3 END = 2;
INSERT INTO ncs_db.result_predicates
SELECT 'cs_eq', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE code = 'AbC';
INSERT INTO ncs_db.result_predicates
SELECT 'cs_like', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE code LIKE 'a%';
INSERT INTO ncs_db.result_predicates
SELECT 'cs_override_ncs', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE code (NOT CASESPECIFIC) = 'abc';
INSERT INTO ncs_db.result_predicates
SELECT 'ncs_override_cs', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE status (CASESPECIFIC) = 'Open';
INSERT INTO ncs_db.result_predicates
SELECT 'cs_upper', COUNT(*), SUM(id) FROM ncs_db.tickets WHERE UPPER(code) = 'ABC';
