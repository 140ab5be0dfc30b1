-- Row-level security as the second line of tenant isolation. Requests that act
-- for one bakery switch to the role broodbode_tenant inside their transaction
-- and set broodbode.tenant_id (lib/tenancy/scope.ts); the policies then hide
-- and reject every other tenant's rows even if a query forgets its filter.
-- The connecting user keeps full access for migrations and the dispatch worker.
DO $$
BEGIN
  CREATE ROLE broodbode_tenant NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  -- Another database on the same server created it already.
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT broodbode_tenant TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  -- A superuser may switch to any role without being a member.
  NULL;
END
$$;
--> statement-breakpoint
-- Enables RLS with a tenant policy on every table that has a tenant_id column,
-- and grants the tenant role what it needs. Idempotent: it runs after every
-- migration (db/index.ts), so tables added later get their policy too.
CREATE OR REPLACE FUNCTION broodbode_apply_tenant_policies() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  table_name text;
BEGIN
  GRANT USAGE ON SCHEMA public TO broodbode_tenant;

  FOR table_name IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO broodbode_tenant', table_name);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = table_name AND policyname = 'tenant_isolation') THEN
      EXECUTE format(
        'CREATE POLICY tenant_isolation ON %I USING (tenant_id = nullif(current_setting(''broodbode.tenant_id'', true), '''')::uuid) '
        'WITH CHECK (tenant_id = nullif(current_setting(''broodbode.tenant_id'', true), '''')::uuid)',
        table_name
      );
    END IF;
  END LOOP;

  -- The tenant's own row, read-only.
  GRANT SELECT ON tenants TO broodbode_tenant;
  ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'tenants' AND policyname = 'tenant_isolation') THEN
    CREATE POLICY tenant_isolation ON tenants USING (id = nullif(current_setting('broodbode.tenant_id', true), '')::uuid);
  END IF;

  -- Users are shared across tenants: only names and addresses, never password hashes.
  GRANT SELECT (id, email, name) ON users TO broodbode_tenant;
  GRANT SELECT ON mail_presets TO broodbode_tenant;
END
$$;
--> statement-breakpoint
SELECT broodbode_apply_tenant_policies();
