/* MINUS (= EXCEPT, distinct), EXCEPT ALL and INTERSECT ALL (multiplicities), INTERSECT (distinct) */
CREATE MULTISET TABLE set_db.bag_a
(
    v  INTEGER
)
PRIMARY INDEX ( v );

CREATE MULTISET TABLE set_db.bag_b
(
    v  INTEGER
)
PRIMARY INDEX ( v );

INSERT INTO set_db.bag_a VALUES (1);
INSERT INTO set_db.bag_a VALUES (1);
INSERT INTO set_db.bag_a VALUES (1);
INSERT INTO set_db.bag_a VALUES (2);
INSERT INTO set_db.bag_a VALUES (3);
INSERT INTO set_db.bag_a VALUES (NULL);
INSERT INTO set_db.bag_a VALUES (NULL);
INSERT INTO set_db.bag_b VALUES (1);
INSERT INTO set_db.bag_b VALUES (3);
INSERT INTO set_db.bag_b VALUES (3);
INSERT INTO set_db.bag_b VALUES (NULL);

CREATE MULTISET TABLE set_db.result_setops
(
    op  VARCHAR(15),
    v   INTEGER
)
PRIMARY INDEX ( op );

INSERT INTO set_db.result_setops
SELECT 'minus', v FROM (SELECT v FROM set_db.bag_a MINUS SELECT v FROM set_db.bag_b) d;
INSERT INTO set_db.result_setops
SELECT 'except_all', v FROM (SELECT v FROM set_db.bag_a EXCEPT ALL SELECT v FROM set_db.bag_b) d;
INSERT INTO set_db.result_setops
SELECT 'intersect', v FROM (SELECT v FROM set_db.bag_a INTERSECT SELECT v FROM set_db.bag_b) d;
INSERT INTO set_db.result_setops
SELECT 'intersect_all', v FROM (SELECT v FROM set_db.bag_a INTERSECT ALL SELECT v FROM set_db.bag_b) d;
