CREATE TYPE "public"."delivery_method" AS ENUM('deliver', 'pick_up');--> statement-breakpoint
CREATE TYPE "public"."slicing" AS ENUM('sliced', 'unsliced');--> statement-breakpoint
CREATE TYPE "public"."product_category" AS ENUM('bread', 'pastry');--> statement-breakpoint
CREATE TABLE "customer_contacts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "customer_contacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "product_groups" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" "product_category" DEFAULT 'bread' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "product_groups_tenant_id_code_pk" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "customer_delivery_addresses" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "on_call_list" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "call_before" time;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "delivery_method" "delivery_method" DEFAULT 'deliver' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "delivery_fee_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "free_delivery_minimum_cents" integer;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "branch" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "customer_reference_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "print_net_prices" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "always_show_delivery_address" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "split_bread_and_pastry" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "production_shift" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "order_group" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "label_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "slicing" "slicing" DEFAULT 'unsliced' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "keep_order_history" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "has_separate_invoice_address" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "invoice_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "invoice_address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "invoice_postal_code" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "invoice_city" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD CONSTRAINT "customer_contacts_customer_fk" FOREIGN KEY ("tenant_id","customer_id") REFERENCES "public"."customers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_groups" ADD CONSTRAINT "product_groups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every bakery starts with the groups "bread", "pastry" and "other"; existing bakeries get them here, new ones from the trigger below.
INSERT INTO "product_groups" ("tenant_id", "code", "name", "category", "position")
SELECT "id", 'bread', 'Brood', 'bread'::"product_category", 1 FROM "tenants"
UNION ALL
SELECT "id", 'pastry', 'Banket', 'pastry'::"product_category", 2 FROM "tenants"
UNION ALL
SELECT "id", 'other', 'Overig', 'bread'::"product_category", 3 FROM "tenants";--> statement-breakpoint
-- Groups that existing products already name, so that the foreign key below holds.
INSERT INTO "product_groups" ("tenant_id", "code", "name", "category", "position")
SELECT DISTINCT "tenant_id", "product_group", "product_group", 'bread'::"product_category", 100 FROM "products"
ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE FUNCTION "seed_product_groups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "product_groups" ("tenant_id", "code", "name", "category", "position")
  VALUES (NEW."id", 'bread', 'Brood', 'bread', 1), (NEW."id", 'pastry', 'Banket', 'pastry', 2), (NEW."id", 'other', 'Overig', 'bread', 3);
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "tenants_seed_product_groups" AFTER INSERT ON "tenants" FOR EACH ROW EXECUTE FUNCTION "seed_product_groups"();--> statement-breakpoint
CREATE INDEX "customer_contacts_customer_idx" ON "customer_contacts" USING btree ("tenant_id","customer_id");--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_product_group_fk" FOREIGN KEY ("tenant_id","product_group") REFERENCES "public"."product_groups"("tenant_id","code") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_delivery_addresses_one_default_idx" ON "customer_delivery_addresses" USING btree ("tenant_id","customer_id") WHERE "customer_delivery_addresses"."is_default";--> statement-breakpoint
CREATE INDEX "customers_tenant_city_idx" ON "customers" USING btree ("tenant_id","city");--> statement-breakpoint
CREATE INDEX "customers_tenant_route_idx" ON "customers" USING btree ("tenant_id","route","number");--> statement-breakpoint
CREATE INDEX "customers_tenant_branch_idx" ON "customers" USING btree ("tenant_id","branch");--> statement-breakpoint
CREATE INDEX "products_tenant_name_idx" ON "products" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "products_tenant_group_idx" ON "products" USING btree ("tenant_id","product_group");