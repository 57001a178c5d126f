CREATE TABLE stays (stay_id INTEGER, room_no INTEGER, check_in DATE, check_out DATE);
INSERT INTO stays VALUES (1, 101, DATE '2024-02-26', DATE '2024-03-01'), (2, 101, DATE '2024-03-01', DATE '2024-03-04'), (3, 101, DATE '2024-02-29', DATE '2024-03-02'), (4, 101, DATE '2024-02-26', DATE '2024-02-27'), (5, 102, DATE '2024-03-10', DATE '2024-03-20'), (6, 102, DATE '2024-03-12', DATE '2024-03-15'), (7, 102, DATE '2024-03-20', DATE '2024-03-21');
SELECT a.room_no, a.stay_id AS stay_a, b.stay_id AS stay_b,
       CAST(least(a.check_out, b.check_out) - greatest(a.check_in, b.check_in) AS INTEGER) AS shared_nights
FROM stays a JOIN stays b ON a.room_no = b.room_no AND a.stay_id < b.stay_id
WHERE (a.check_in > b.check_in AND NOT (a.check_in >= b.check_out AND a.check_out >= b.check_out))
   OR (b.check_in > a.check_in AND NOT (b.check_in >= a.check_out AND b.check_out >= a.check_out))
   OR (a.check_in = b.check_in)
ORDER BY 1, 2, 3
