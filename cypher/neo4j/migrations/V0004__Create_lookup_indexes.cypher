// Ordering and filtering indexes for lists (services by name, by status, by last verified date).
CREATE RANGE INDEX service_name IF NOT EXISTS FOR (n:Service) ON (n.name);
CREATE RANGE INDEX service_status IF NOT EXISTS FOR (n:Service) ON (n.status);
CREATE RANGE INDEX service_last_verified IF NOT EXISTS FOR (n:Service) ON (n.lastVerified);
CREATE RANGE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
