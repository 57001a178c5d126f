/* Room booking conflicts: pairs of stays whose (check-in, check-out) periods OVERLAP */
CREATE MULTISET TABLE pdn_db.stays ,NO FALLBACK
(
    stay_id    INTEGER NOT NULL,
    room_no    INTEGER,
    check_in   DATE,
    check_out  DATE
)
PRIMARY INDEX ( stay_id );

INSERT INTO pdn_db.stays VALUES (1, 101, DATE '2024-02-26', DATE '2024-03-01');
INSERT INTO pdn_db.stays VALUES (2, 101, DATE '2024-03-01', DATE '2024-03-04');
INSERT INTO pdn_db.stays VALUES (3, 101, DATE '2024-02-29', DATE '2024-03-02');
INSERT INTO pdn_db.stays VALUES (4, 101, DATE '2024-02-26', DATE '2024-02-27');
INSERT INTO pdn_db.stays VALUES (5, 102, DATE '2024-03-10', DATE '2024-03-20');
INSERT INTO pdn_db.stays VALUES (6, 102, DATE '2024-03-12', DATE '2024-03-15');
INSERT INTO pdn_db.stays VALUES (7, 102, DATE '2024-03-20', DATE '2024-03-21');

CREATE MULTISET TABLE pdn_db.result_conflicts
(
    room_no       INTEGER,
    stay_a        INTEGER,
    stay_b        INTEGER,
    shared_nights INTEGER
)
PRIMARY INDEX ( room_no );

INSERT INTO pdn_db.result_conflicts
SELECT a.room_no,
       a.stay_id,
       b.stay_id,
       CASE WHEN a.check_out < b.check_out THEN a.check_out ELSE b.check_out END
         - CASE WHEN a.check_in > b.check_in THEN a.check_in ELSE b.check_in END
FROM pdn_db.stays a
JOIN pdn_db.stays b
  ON a.room_no = b.room_no
 AND a.stay_id < b.stay_id
WHERE (a.check_in, a.check_out) OVERLAPS (b.check_in, b.check_out);
