CREATE TABLE shipment (ship_id INTEGER, route_cd VARCHAR, carrier VARCHAR, weight_kg INTEGER);
INSERT INTO shipment VALUES (1, 'AB-100', 'dhl', 5), (2, 'ab-200', 'DHL', 7), (3, 'Ab-300', 'Dhl ', 1), (4, 'CD-100', 'ups', 3), (5, 'cd-900', 'UPS', NULL), (6, NULL, 'fedex', 2), (7, 'EF-1', NULL, 4);
CREATE TABLE result_route_stats (kind VARCHAR, grp VARCHAR, ship_cnt INTEGER, total_kg INTEGER);
-- SUBSTR / TRIM of a NOT CASESPECIFIC column stays NOT CASESPECIFIC: grouping and DISTINCT are
-- case-blind (one group per upper-cased value); the NULL key is its own group.
INSERT INTO result_route_stats
SELECT 'ROUTE', upper(substr(route_cd, 1, 2)), COUNT(*), SUM(weight_kg)
FROM shipment GROUP BY upper(substr(route_cd, 1, 2));
INSERT INTO result_route_stats
SELECT DISTINCT 'CARRIER', upper(trim(carrier)), NULL::INTEGER, NULL::INTEGER FROM shipment;
SELECT * FROM result_route_stats
