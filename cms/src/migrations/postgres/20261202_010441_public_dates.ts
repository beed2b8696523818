import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "fact_sheets_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_fact_sheets_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "intervention_tools_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_intervention_tools_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "webinars_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_webinars_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "publications_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_publications_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "ppne_periods_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_ppne_periods_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  ALTER TABLE "fact_sheets" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "fact_sheets" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "fact_sheets" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "intervention_tools" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "intervention_tools" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "intervention_tools" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "webinars" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "webinars" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "webinars" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "publications" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "publications" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "publications" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "_publications_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "ppne_periods" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "ppne_periods" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "ppne_periods" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "ppne_periods" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "ppne_periods" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "fact_sheets_history_changes" ADD CONSTRAINT "fact_sheets_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_version_history_changes" ADD CONSTRAINT "_fact_sheets_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fact_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_history_changes" ADD CONSTRAINT "intervention_tools_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_version_history_changes" ADD CONSTRAINT "_intervention_tools_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intervention_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_history_changes" ADD CONSTRAINT "webinars_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_history_changes" ADD CONSTRAINT "_webinars_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_history_changes" ADD CONSTRAINT "publications_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_history_changes" ADD CONSTRAINT "_publications_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_periods_history_changes" ADD CONSTRAINT "ppne_periods_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_version_history_changes" ADD CONSTRAINT "_ppne_periods_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ppne_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fact_sheets_history_changes_order_idx" ON "fact_sheets_history_changes" USING btree ("_order");
  CREATE INDEX "fact_sheets_history_changes_parent_id_idx" ON "fact_sheets_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_fact_sheets_v_version_history_changes_order_idx" ON "_fact_sheets_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_fact_sheets_v_version_history_changes_parent_id_idx" ON "_fact_sheets_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "intervention_tools_history_changes_order_idx" ON "intervention_tools_history_changes" USING btree ("_order");
  CREATE INDEX "intervention_tools_history_changes_parent_id_idx" ON "intervention_tools_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_intervention_tools_v_version_history_changes_order_idx" ON "_intervention_tools_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_intervention_tools_v_version_history_changes_parent_id_idx" ON "_intervention_tools_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "webinars_history_changes_order_idx" ON "webinars_history_changes" USING btree ("_order");
  CREATE INDEX "webinars_history_changes_parent_id_idx" ON "webinars_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_webinars_v_version_history_changes_order_idx" ON "_webinars_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_history_changes_parent_id_idx" ON "_webinars_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "publications_history_changes_order_idx" ON "publications_history_changes" USING btree ("_order");
  CREATE INDEX "publications_history_changes_parent_id_idx" ON "publications_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_history_changes_order_idx" ON "_publications_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_publications_v_version_history_changes_parent_id_idx" ON "_publications_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "ppne_periods_history_changes_order_idx" ON "ppne_periods_history_changes" USING btree ("_order");
  CREATE INDEX "ppne_periods_history_changes_parent_id_idx" ON "ppne_periods_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_ppne_periods_v_version_history_changes_order_idx" ON "_ppne_periods_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_ppne_periods_v_version_history_changes_parent_id_idx" ON "_ppne_periods_v_version_history_changes" USING btree ("_parent_id");`)
  // Items already online: their first publication and last change are their creation and last save
  // (the best the stored rows know), so the site keeps the dates it showed.
  await db.execute(sql`UPDATE "fact_sheets" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
  await db.execute(sql`UPDATE "intervention_tools" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
  await db.execute(sql`UPDATE "webinars" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
  await db.execute(sql`UPDATE "publications" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "fact_sheets_history_changes" CASCADE;
  DROP TABLE "_fact_sheets_v_version_history_changes" CASCADE;
  DROP TABLE "intervention_tools_history_changes" CASCADE;
  DROP TABLE "_intervention_tools_v_version_history_changes" CASCADE;
  DROP TABLE "webinars_history_changes" CASCADE;
  DROP TABLE "_webinars_v_version_history_changes" CASCADE;
  DROP TABLE "publications_history_changes" CASCADE;
  DROP TABLE "_publications_v_version_history_changes" CASCADE;
  DROP TABLE "ppne_periods_history_changes" CASCADE;
  DROP TABLE "_ppne_periods_v_version_history_changes" CASCADE;
  ALTER TABLE "fact_sheets" DROP COLUMN "history_first_published_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "change_note_text";
  ALTER TABLE "fact_sheets" DROP COLUMN "change_note_text_en";
  ALTER TABLE "fact_sheets" DROP COLUMN "change_note_important";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "intervention_tools" DROP COLUMN "history_first_published_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "change_note_text";
  ALTER TABLE "intervention_tools" DROP COLUMN "change_note_text_en";
  ALTER TABLE "intervention_tools" DROP COLUMN "change_note_important";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "webinars" DROP COLUMN "history_first_published_at";
  ALTER TABLE "webinars" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "webinars" DROP COLUMN "change_note_text";
  ALTER TABLE "webinars" DROP COLUMN "change_note_text_en";
  ALTER TABLE "webinars" DROP COLUMN "change_note_important";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "publications" DROP COLUMN "history_first_published_at";
  ALTER TABLE "publications" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "publications" DROP COLUMN "change_note_text";
  ALTER TABLE "publications" DROP COLUMN "change_note_text_en";
  ALTER TABLE "publications" DROP COLUMN "change_note_important";
  ALTER TABLE "_publications_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_publications_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_publications_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "ppne_periods" DROP COLUMN "history_first_published_at";
  ALTER TABLE "ppne_periods" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "ppne_periods" DROP COLUMN "change_note_text";
  ALTER TABLE "ppne_periods" DROP COLUMN "change_note_text_en";
  ALTER TABLE "ppne_periods" DROP COLUMN "change_note_important";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_change_note_important";`)
}
