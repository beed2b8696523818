import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_role" ADD VALUE 'contributor';
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx";
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "webinars" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "publications" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "ppne_periods" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "ppne_periods" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD CONSTRAINT "fact_sheets_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intervention_tools" ADD CONSTRAINT "intervention_tools_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_periods" ADD CONSTRAINT "ppne_periods_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v" ADD CONSTRAINT "_ppne_periods_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "fact_sheets_workflow_workflow_created_by_idx" ON "fact_sheets" USING btree ("workflow_created_by_id");
  CREATE INDEX "_fact_sheets_v_version_workflow_version_workflow_created_idx" ON "_fact_sheets_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "intervention_tools_workflow_workflow_created_by_idx" ON "intervention_tools" USING btree ("workflow_created_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_3_idx" ON "_intervention_tools_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "webinars_workflow_workflow_created_by_idx" ON "webinars" USING btree ("workflow_created_by_id");
  CREATE INDEX "_webinars_v_version_workflow_version_workflow_created_by_idx" ON "_webinars_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "publications_workflow_workflow_created_by_idx" ON "publications" USING btree ("workflow_created_by_id");
  CREATE INDEX "_publications_v_version_workflow_version_workflow_create_idx" ON "_publications_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "ppne_periods_workflow_workflow_created_by_idx" ON "ppne_periods" USING btree ("workflow_created_by_id");
  CREATE INDEX "_ppne_periods_v_version_workflow_version_workflow_create_idx" ON "_ppne_periods_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx" ON "_intervention_tools_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx" ON "_intervention_tools_v" USING btree ("version_workflow_submitted_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "fact_sheets" DROP CONSTRAINT "fact_sheets_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_fact_sheets_v" DROP CONSTRAINT "_fact_sheets_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "intervention_tools" DROP CONSTRAINT "intervention_tools_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_intervention_tools_v" DROP CONSTRAINT "_intervention_tools_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "webinars" DROP CONSTRAINT "webinars_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_webinars_v" DROP CONSTRAINT "_webinars_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "ppne_periods" DROP CONSTRAINT "ppne_periods_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_ppne_periods_v" DROP CONSTRAINT "_ppne_periods_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "fact_sheets_workflow_workflow_created_by_idx";
  DROP INDEX "_fact_sheets_v_version_workflow_version_workflow_created_idx";
  DROP INDEX "intervention_tools_workflow_workflow_created_by_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_3_idx";
  DROP INDEX "webinars_workflow_workflow_created_by_idx";
  DROP INDEX "_webinars_v_version_workflow_version_workflow_created_by_idx";
  DROP INDEX "publications_workflow_workflow_created_by_idx";
  DROP INDEX "_publications_v_version_workflow_version_workflow_create_idx";
  DROP INDEX "ppne_periods_workflow_workflow_created_by_idx";
  DROP INDEX "_ppne_periods_v_version_workflow_version_workflow_create_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx";
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx" ON "_intervention_tools_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx" ON "_intervention_tools_v" USING btree ("version_workflow_approved_by_id");
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "webinars" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "webinars" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "publications" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "publications" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "ppne_periods" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "ppne_periods" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_workflow_submitted_at";`)
}
