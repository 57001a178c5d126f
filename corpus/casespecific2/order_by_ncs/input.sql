/* Sort order of a default NOT CASESPECIFIC column is case-blind: ROW_NUMBER/RANK over
   ORDER BY name (ASC, DESC) with an id tiebreaker, NULL first ascending */
CREATE MULTISET TABLE ncs_db.fruits
(
    id    INTEGER NOT NULL,
    name  VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO ncs_db.fruits VALUES (1, 'banana');
INSERT INTO ncs_db.fruits VALUES (2, 'Apple');
INSERT INTO ncs_db.fruits VALUES (3, 'cherry');
INSERT INTO ncs_db.fruits VALUES (4, 'APPLE');
INSERT INTO ncs_db.fruits VALUES (5, 'Banana ');
INSERT INTO ncs_db.fruits VALUES (6, 'apple');
INSERT INTO ncs_db.fruits VALUES (7, NULL);

CREATE MULTISET TABLE ncs_db.result_order_ncs
(
    id       INTEGER,
    rn_asc   INTEGER,
    rn_desc  INTEGER,
    rk_asc   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO ncs_db.result_order_ncs
SELECT id,
       ROW_NUMBER() OVER (ORDER BY name, id),
       ROW_NUMBER() OVER (ORDER BY name DESC, id),
       RANK() OVER (ORDER BY name)
FROM ncs_db.fruits;
