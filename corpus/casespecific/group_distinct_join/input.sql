/* NOT CASESPECIFIC columns group, DISTINCT, UNION and join case-blind; a CASESPECIFIC column
   keeps case variants apart */
CREATE MULTISET TABLE cs_db.visits
(
    id     INTEGER NOT NULL,
    city   VARCHAR(20) CHARACTER SET LATIN NOT CASESPECIFIC,
    tag    VARCHAR(10) CHARACTER SET LATIN CASESPECIFIC
)
PRIMARY INDEX ( id );

CREATE MULTISET TABLE cs_db.city_region
(
    city    VARCHAR(20) CHARACTER SET LATIN NOT CASESPECIFIC,
    region  VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( city );

INSERT INTO cs_db.visits VALUES (1, 'Paris', 'x');
INSERT INTO cs_db.visits VALUES (2, 'PARIS', 'X');
INSERT INTO cs_db.visits VALUES (3, 'paris', 'x');
INSERT INTO cs_db.visits VALUES (4, 'Lyon', 'X');
INSERT INTO cs_db.city_region VALUES ('PARIS', 'IDF');
INSERT INTO cs_db.city_region VALUES ('lyon', 'ARA');
INSERT INTO cs_db.city_region VALUES ('Nice', 'PACA');

CREATE MULTISET TABLE cs_db.result_grouping
(
    check_name VARCHAR(20),
    grp        VARCHAR(20),
    cnt        INTEGER
)
PRIMARY INDEX ( check_name );

INSERT INTO cs_db.result_grouping
SELECT 'group_city', UPPER(city), COUNT(*) FROM cs_db.visits GROUP BY city;
INSERT INTO cs_db.result_grouping
SELECT 'group_tag', tag, COUNT(*) FROM cs_db.visits GROUP BY tag;
INSERT INTO cs_db.result_grouping
SELECT 'distinct_city', NULL, COUNT(DISTINCT city) FROM cs_db.visits;
INSERT INTO cs_db.result_grouping
SELECT 'distinct_rows', NULL, COUNT(*) FROM (SELECT DISTINCT city FROM cs_db.visits) d;
INSERT INTO cs_db.result_grouping
SELECT 'union_cities', NULL, COUNT(*)
FROM (SELECT city FROM cs_db.visits UNION SELECT city FROM cs_db.city_region) u;
INSERT INTO cs_db.result_grouping
SELECT 'join_region', r.region, COUNT(*)
FROM cs_db.visits v
JOIN cs_db.city_region r ON v.city = r.city
GROUP BY r.region;
