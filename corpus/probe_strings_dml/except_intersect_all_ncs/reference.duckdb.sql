CREATE TABLE depot_out (parcel_cd VARCHAR, route_no INTEGER);
CREATE TABLE depot_in (parcel_cd VARCHAR, route_no INTEGER);
INSERT INTO depot_out VALUES ('px1', 1), ('px1', 1), ('PX2', 2), ('px3', 3), (NULL, 4), (NULL, 4);
INSERT INTO depot_in VALUES ('PX1 ', 1), ('px2', 2), ('px3', 9), (NULL, 4);
CREATE TABLE result_parcel_recon (kind VARCHAR, parcel_cd VARCHAR, route_no INTEGER);
-- Multiset difference / intersection with Teradata equality (case-blind, trailing blanks ignored,
-- NULL equal to NULL): compare on upper(rtrim(code)).
INSERT INTO result_parcel_recon
SELECT 'MISSING', k, route_no FROM (
  SELECT upper(rtrim(parcel_cd)) AS k, route_no FROM depot_out
  EXCEPT ALL
  SELECT upper(rtrim(parcel_cd)), route_no FROM depot_in);
INSERT INTO result_parcel_recon
SELECT 'ARRIVED', k, route_no FROM (
  SELECT upper(rtrim(parcel_cd)) AS k, route_no FROM depot_out
  INTERSECT ALL
  SELECT upper(rtrim(parcel_cd)), route_no FROM depot_in);
SELECT * FROM result_parcel_recon
