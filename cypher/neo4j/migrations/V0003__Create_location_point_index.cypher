// Distance queries ("within 20 km of Dundee, nearest first") use the locations' WGS84 points.
CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.point);
CREATE POINT INDEX area_point IF NOT EXISTS FOR (n:Area) ON (n.point);
CREATE POINT INDEX prison_point IF NOT EXISTS FOR (n:Prison) ON (n.point);
