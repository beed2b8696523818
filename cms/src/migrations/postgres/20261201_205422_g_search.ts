import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_vocabulary_kind" AS ENUM('equivalents', 'expansion');
  CREATE TYPE "public"."enum_search_vocabulary_language" AS ENUM('fr', 'en', 'all');
  CREATE TABLE "search_vocabulary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_search_vocabulary_kind" DEFAULT 'equivalents' NOT NULL,
  	"language" "enum_search_vocabulary_language" DEFAULT 'fr' NOT NULL,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_vocabulary_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_vocabulary_id" integer;
  ALTER TABLE "search_vocabulary_texts" ADD CONSTRAINT "search_vocabulary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_vocabulary_updated_at_idx" ON "search_vocabulary" USING btree ("updated_at");
  CREATE INDEX "search_vocabulary_created_at_idx" ON "search_vocabulary" USING btree ("created_at");
  CREATE INDEX "search_vocabulary_texts_order_parent" ON "search_vocabulary_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_vocabulary_fk" FOREIGN KEY ("search_vocabulary_id") REFERENCES "public"."search_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_vocabulary_id_idx" ON "payload_locked_documents_rels" USING btree ("search_vocabulary_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_vocabulary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_vocabulary_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_vocabulary" CASCADE;
  DROP TABLE "search_vocabulary_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_vocabulary_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_vocabulary_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_vocabulary_id";
  DROP TYPE "public"."enum_search_vocabulary_kind";
  DROP TYPE "public"."enum_search_vocabulary_language";`)
}
