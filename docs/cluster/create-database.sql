-- Magnolia Essays: the database of the shared comments repository (docs/clustering.md). Run once, as a superuser:
--   psql -v role=essays_comments -v password='...' -v database=essays_comments -f create-database.sql
-- Jackrabbit creates its tables (fs_repository_*, pm_*, version_*, ds_*, journal_*) on the first start, so the
-- role owns the database. Every instance logs in as this role.
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
