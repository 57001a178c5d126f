/* DISTINCT over several NOT CASESPECIFIC columns, COUNT(DISTINCT), MIN/MAX of NCS strings
   (case-blind collation) and HAVING comparing an NCS aggregate with a literal */
CREATE MULTISET TABLE ncs_db.items
(
    id     INTEGER NOT NULL,
    cat    VARCHAR(10) CHARACTER SET LATIN,
    sub    VARCHAR(10) CHARACTER SET LATIN,
    name   VARCHAR(12) CHARACTER SET LATIN NOT CASESPECIFIC
)
PRIMARY INDEX ( id );

INSERT INTO ncs_db.items VALUES (1, 'Fruit', 'Red', 'apple');
INSERT INTO ncs_db.items VALUES (2, 'FRUIT', 'red ', 'Banana');
INSERT INTO ncs_db.items VALUES (3, 'fruit ', 'Yellow', 'cherry');
INSERT INTO ncs_db.items VALUES (4, 'Fruit', 'RED', 'Zebra fruit');
INSERT INTO ncs_db.items VALUES (5, 'Veg', 'Green', 'kale');
INSERT INTO ncs_db.items VALUES (6, 'veg', 'green', 'Leek');
INSERT INTO ncs_db.items VALUES (7, 'Nut', NULL, 'almond');
INSERT INTO ncs_db.items VALUES (8, 'VEG', 'Green', 'KALE');

CREATE MULTISET TABLE ncs_db.result_ncs_agg
(
    check_name  VARCHAR(20),
    grp         VARCHAR(10),
    cnt         INTEGER,
    min_name    VARCHAR(12),
    max_name    VARCHAR(12)
)
PRIMARY INDEX ( check_name );

INSERT INTO ncs_db.result_ncs_agg
SELECT 'distinct_pairs', NULL, COUNT(*), NULL, NULL
FROM (SELECT DISTINCT cat, sub FROM ncs_db.items) d;

INSERT INTO ncs_db.result_ncs_agg
SELECT 'distinct_names', NULL, COUNT(DISTINCT name), NULL, NULL FROM ncs_db.items;

INSERT INTO ncs_db.result_ncs_agg
SELECT 'by_cat', UPPER(cat), COUNT(*), UPPER(MIN(name)), UPPER(MAX(name))
FROM ncs_db.items
GROUP BY cat;

INSERT INTO ncs_db.result_ncs_agg
SELECT 'having_min', UPPER(cat), COUNT(*), NULL, NULL
FROM ncs_db.items
GROUP BY cat
HAVING MIN(name) < 'B';

INSERT INTO ncs_db.result_ncs_agg
SELECT 'having_max', UPPER(cat), COUNT(DISTINCT sub), NULL, NULL
FROM ncs_db.items
GROUP BY cat
HAVING MAX(name) = 'LEEK';
