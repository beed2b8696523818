import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'review_facts';
  ALTER TABLE "fact_sheets_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_fact_sheets_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "intervention_tools_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_intervention_tools_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "webinars_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_webinars_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "publications_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_publications_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fact_sheets_rels_users_id_idx" ON "fact_sheets_rels" USING btree ("users_id");
  CREATE INDEX "_fact_sheets_v_rels_users_id_idx" ON "_fact_sheets_v_rels" USING btree ("users_id");
  CREATE INDEX "intervention_tools_rels_users_id_idx" ON "intervention_tools_rels" USING btree ("users_id");
  CREATE INDEX "_intervention_tools_v_rels_users_id_idx" ON "_intervention_tools_v_rels" USING btree ("users_id");
  CREATE INDEX "webinars_rels_users_id_idx" ON "webinars_rels" USING btree ("users_id");
  CREATE INDEX "_webinars_v_rels_users_id_idx" ON "_webinars_v_rels" USING btree ("users_id");
  CREATE INDEX "publications_rels_users_id_idx" ON "publications_rels" USING btree ("users_id");
  CREATE INDEX "_publications_v_rels_users_id_idx" ON "_publications_v_rels" USING btree ("users_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "fact_sheets_rels" DROP CONSTRAINT "fact_sheets_rels_users_fk";
  
  ALTER TABLE "_fact_sheets_v_rels" DROP CONSTRAINT "_fact_sheets_v_rels_users_fk";
  
  ALTER TABLE "intervention_tools_rels" DROP CONSTRAINT "intervention_tools_rels_users_fk";
  
  ALTER TABLE "_intervention_tools_v_rels" DROP CONSTRAINT "_intervention_tools_v_rels_users_fk";
  
  ALTER TABLE "webinars_rels" DROP CONSTRAINT "webinars_rels_users_fk";
  
  ALTER TABLE "_webinars_v_rels" DROP CONSTRAINT "_webinars_v_rels_users_fk";
  
  ALTER TABLE "publications_rels" DROP CONSTRAINT "publications_rels_users_fk";
  
  ALTER TABLE "_publications_v_rels" DROP CONSTRAINT "_publications_v_rels_users_fk";
  
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'request_changes', 'approve', 'publish', 'archive', 'reopen', 'edit');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  DROP INDEX "fact_sheets_rels_users_id_idx";
  DROP INDEX "_fact_sheets_v_rels_users_id_idx";
  DROP INDEX "intervention_tools_rels_users_id_idx";
  DROP INDEX "_intervention_tools_v_rels_users_id_idx";
  DROP INDEX "webinars_rels_users_id_idx";
  DROP INDEX "_webinars_v_rels_users_id_idx";
  DROP INDEX "publications_rels_users_id_idx";
  DROP INDEX "_publications_v_rels_users_id_idx";
  ALTER TABLE "fact_sheets_rels" DROP COLUMN "users_id";
  ALTER TABLE "_fact_sheets_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "intervention_tools_rels" DROP COLUMN "users_id";
  ALTER TABLE "_intervention_tools_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "webinars_rels" DROP COLUMN "users_id";
  ALTER TABLE "_webinars_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "publications_rels" DROP COLUMN "users_id";
  ALTER TABLE "_publications_v_rels" DROP COLUMN "users_id";`)
}
