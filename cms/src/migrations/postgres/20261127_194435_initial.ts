import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_fact_sheets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__fact_sheets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__fact_sheets_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_intervention_tools_tool_kind" AS ENUM('checklist', 'conversation-guide', 'handout', 'assessment-grid', 'calculator', 'other');
  CREATE TYPE "public"."enum_intervention_tools_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__intervention_tools_v_version_tool_kind" AS ENUM('checklist', 'conversation-guide', 'handout', 'assessment-grid', 'calculator', 'other');
  CREATE TYPE "public"."enum__intervention_tools_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__intervention_tools_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_webinars_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__webinars_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__webinars_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_publications_publication_kind" AS ENUM('report', 'guide', 'position-paper', 'research-summary', 'ppne-report');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_version_publication_kind" AS ENUM('report', 'guide', 'position-paper', 'research-summary', 'ppne-report');
  CREATE TYPE "public"."enum__publications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TABLE "fact_sheets_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "fact_sheets_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar
  );
  
  CREATE TABLE "fact_sheets_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "fact_sheets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"pdf_id" integer,
  	"review_last_reviewed_at" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_fact_sheets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "fact_sheets_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "fact_sheets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "_fact_sheets_v_version_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_fact_sheets_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_fact_sheets_v_version_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_fact_sheets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_image_id" integer,
  	"version_pdf_id" integer,
  	"version_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__fact_sheets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__fact_sheets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_fact_sheets_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_fact_sheets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "intervention_tools_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "intervention_tools_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar
  );
  
  CREATE TABLE "intervention_tools_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "intervention_tools" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tool_kind" "enum_intervention_tools_tool_kind",
  	"image_id" integer,
  	"pdf_id" integer,
  	"review_last_reviewed_at" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_intervention_tools_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "intervention_tools_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"purpose" varchar,
  	"how_to_use" jsonb,
  	"body" jsonb,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "intervention_tools_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "_intervention_tools_v_version_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_intervention_tools_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_intervention_tools_v_version_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_intervention_tools_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tool_kind" "enum__intervention_tools_v_version_tool_kind",
  	"version_image_id" integer,
  	"version_pdf_id" integer,
  	"version_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__intervention_tools_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__intervention_tools_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_intervention_tools_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_purpose" varchar,
  	"version_how_to_use" jsonb,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_intervention_tools_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "webinars_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "webinars_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"organisation" varchar
  );
  
  CREATE TABLE "webinars_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" numeric
  );
  
  CREATE TABLE "webinars_chapters_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "webinars_transcript" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" numeric,
  	"speaker" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "webinars_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar
  );
  
  CREATE TABLE "webinars_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "webinars" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recorded_at" timestamp(3) with time zone,
  	"duration_minutes" numeric,
  	"video_url" varchar,
  	"video_file_id" integer,
  	"slides_id" integer,
  	"image_id" integer,
  	"pdf_id" integer,
  	"review_last_reviewed_at" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_webinars_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "webinars_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "webinars_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "_webinars_v_version_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_webinars_v_version_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"organisation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_webinars_v_version_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_webinars_v_version_chapters_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_webinars_v_version_transcript" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start" numeric,
  	"speaker" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_webinars_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_webinars_v_version_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_webinars_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_recorded_at" timestamp(3) with time zone,
  	"version_duration_minutes" numeric,
  	"version_video_url" varchar,
  	"version_video_file_id" integer,
  	"version_slides_id" integer,
  	"version_image_id" integer,
  	"version_pdf_id" integer,
  	"version_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__webinars_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__webinars_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_webinars_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_webinars_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "publications_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "publications_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "publications_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar
  );
  
  CREATE TABLE "publications_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"publication_kind" "enum_publications_publication_kind",
  	"year" numeric,
  	"pages" numeric,
  	"file_id" integer,
  	"isbn" varchar,
  	"doi" varchar,
  	"image_id" integer,
  	"pdf_id" integer,
  	"review_last_reviewed_at" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_publications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "publications_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"abstract" jsonb,
  	"slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "publications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "_publications_v_version_key_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_publications_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_publications_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"authors" varchar,
  	"title" varchar,
  	"source" varchar,
  	"year" numeric,
  	"url" varchar,
  	"doi" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_publications_v_version_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_publications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_publication_kind" "enum__publications_v_version_publication_kind",
  	"version_year" numeric,
  	"version_pages" numeric,
  	"version_file_id" integer,
  	"version_isbn" varchar,
  	"version_doi" varchar,
  	"version_image_id" integer,
  	"version_pdf_id" integer,
  	"version_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__publications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__publications_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_publications_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_abstract" jsonb,
  	"version_slug" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_publications_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric DEFAULT 0,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "themes_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "audiences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric DEFAULT 0,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audiences_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "stages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric DEFAULT 0,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stages_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "documents_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer,
  	"themes_id" integer,
  	"audiences_id" integer,
  	"stages_id" integer,
  	"media_id" integer,
  	"documents_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "fact_sheets_key_messages" ADD CONSTRAINT "fact_sheets_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_references" ADD CONSTRAINT "fact_sheets_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_review_reviewers" ADD CONSTRAINT "fact_sheets_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets" ADD CONSTRAINT "fact_sheets_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fact_sheets" ADD CONSTRAINT "fact_sheets_pdf_id_documents_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fact_sheets_locales" ADD CONSTRAINT "fact_sheets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_version_key_messages" ADD CONSTRAINT "_fact_sheets_v_version_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fact_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_version_references" ADD CONSTRAINT "_fact_sheets_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fact_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_version_review_reviewers" ADD CONSTRAINT "_fact_sheets_v_version_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fact_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_parent_id_fact_sheets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_version_pdf_id_documents_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_locales" ADD CONSTRAINT "_fact_sheets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fact_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_fact_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_key_messages" ADD CONSTRAINT "intervention_tools_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_references" ADD CONSTRAINT "intervention_tools_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_review_reviewers" ADD CONSTRAINT "intervention_tools_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools" ADD CONSTRAINT "intervention_tools_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intervention_tools" ADD CONSTRAINT "intervention_tools_pdf_id_documents_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intervention_tools_locales" ADD CONSTRAINT "intervention_tools_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_version_key_messages" ADD CONSTRAINT "_intervention_tools_v_version_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intervention_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_version_references" ADD CONSTRAINT "_intervention_tools_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intervention_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_version_review_reviewers" ADD CONSTRAINT "_intervention_tools_v_version_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intervention_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_parent_id_intervention_tools_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_version_pdf_id_documents_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_locales" ADD CONSTRAINT "_intervention_tools_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intervention_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_intervention_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_key_messages" ADD CONSTRAINT "webinars_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_speakers" ADD CONSTRAINT "webinars_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_chapters" ADD CONSTRAINT "webinars_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_chapters_locales" ADD CONSTRAINT "webinars_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_transcript" ADD CONSTRAINT "webinars_transcript_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_references" ADD CONSTRAINT "webinars_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_review_reviewers" ADD CONSTRAINT "webinars_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_video_file_id_documents_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_slides_id_documents_id_fk" FOREIGN KEY ("slides_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_pdf_id_documents_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars_locales" ADD CONSTRAINT "webinars_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_key_messages" ADD CONSTRAINT "_webinars_v_version_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_speakers" ADD CONSTRAINT "_webinars_v_version_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_chapters" ADD CONSTRAINT "_webinars_v_version_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_chapters_locales" ADD CONSTRAINT "_webinars_v_version_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_transcript" ADD CONSTRAINT "_webinars_v_version_transcript_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_references" ADD CONSTRAINT "_webinars_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_review_reviewers" ADD CONSTRAINT "_webinars_v_version_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_parent_id_webinars_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webinars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_video_file_id_documents_id_fk" FOREIGN KEY ("version_video_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_slides_id_documents_id_fk" FOREIGN KEY ("version_slides_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_pdf_id_documents_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v_locales" ADD CONSTRAINT "_webinars_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_key_messages" ADD CONSTRAINT "publications_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_authors" ADD CONSTRAINT "publications_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_references" ADD CONSTRAINT "publications_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_review_reviewers" ADD CONSTRAINT "publications_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_pdf_id_documents_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_locales" ADD CONSTRAINT "publications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_key_messages" ADD CONSTRAINT "_publications_v_version_key_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_authors" ADD CONSTRAINT "_publications_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_references" ADD CONSTRAINT "_publications_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_review_reviewers" ADD CONSTRAINT "_publications_v_version_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_parent_id_publications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_pdf_id_documents_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_locales" ADD CONSTRAINT "_publications_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audiences_locales" ADD CONSTRAINT "audiences_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stages_locales" ADD CONSTRAINT "stages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stages_fk" FOREIGN KEY ("stages_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fact_sheets_key_messages_order_idx" ON "fact_sheets_key_messages" USING btree ("_order");
  CREATE INDEX "fact_sheets_key_messages_parent_id_idx" ON "fact_sheets_key_messages" USING btree ("_parent_id");
  CREATE INDEX "fact_sheets_key_messages_locale_idx" ON "fact_sheets_key_messages" USING btree ("_locale");
  CREATE INDEX "fact_sheets_references_order_idx" ON "fact_sheets_references" USING btree ("_order");
  CREATE INDEX "fact_sheets_references_parent_id_idx" ON "fact_sheets_references" USING btree ("_parent_id");
  CREATE INDEX "fact_sheets_review_reviewers_order_idx" ON "fact_sheets_review_reviewers" USING btree ("_order");
  CREATE INDEX "fact_sheets_review_reviewers_parent_id_idx" ON "fact_sheets_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "fact_sheets_image_idx" ON "fact_sheets" USING btree ("image_id");
  CREATE INDEX "fact_sheets_pdf_idx" ON "fact_sheets" USING btree ("pdf_id");
  CREATE INDEX "fact_sheets_updated_at_idx" ON "fact_sheets" USING btree ("updated_at");
  CREATE INDEX "fact_sheets_created_at_idx" ON "fact_sheets" USING btree ("created_at");
  CREATE INDEX "fact_sheets__status_idx" ON "fact_sheets" USING btree ("_status");
  CREATE INDEX "fact_sheets_slug_idx" ON "fact_sheets_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "fact_sheets_locales_locale_parent_id_unique" ON "fact_sheets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "fact_sheets_rels_order_idx" ON "fact_sheets_rels" USING btree ("order");
  CREATE INDEX "fact_sheets_rels_parent_idx" ON "fact_sheets_rels" USING btree ("parent_id");
  CREATE INDEX "fact_sheets_rels_path_idx" ON "fact_sheets_rels" USING btree ("path");
  CREATE INDEX "fact_sheets_rels_fact_sheets_id_idx" ON "fact_sheets_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "fact_sheets_rels_intervention_tools_id_idx" ON "fact_sheets_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "fact_sheets_rels_webinars_id_idx" ON "fact_sheets_rels" USING btree ("webinars_id");
  CREATE INDEX "fact_sheets_rels_publications_id_idx" ON "fact_sheets_rels" USING btree ("publications_id");
  CREATE INDEX "fact_sheets_rels_themes_id_idx" ON "fact_sheets_rels" USING btree ("themes_id");
  CREATE INDEX "fact_sheets_rels_audiences_id_idx" ON "fact_sheets_rels" USING btree ("audiences_id");
  CREATE INDEX "fact_sheets_rels_stages_id_idx" ON "fact_sheets_rels" USING btree ("stages_id");
  CREATE INDEX "_fact_sheets_v_version_key_messages_order_idx" ON "_fact_sheets_v_version_key_messages" USING btree ("_order");
  CREATE INDEX "_fact_sheets_v_version_key_messages_parent_id_idx" ON "_fact_sheets_v_version_key_messages" USING btree ("_parent_id");
  CREATE INDEX "_fact_sheets_v_version_key_messages_locale_idx" ON "_fact_sheets_v_version_key_messages" USING btree ("_locale");
  CREATE INDEX "_fact_sheets_v_version_references_order_idx" ON "_fact_sheets_v_version_references" USING btree ("_order");
  CREATE INDEX "_fact_sheets_v_version_references_parent_id_idx" ON "_fact_sheets_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_fact_sheets_v_version_review_reviewers_order_idx" ON "_fact_sheets_v_version_review_reviewers" USING btree ("_order");
  CREATE INDEX "_fact_sheets_v_version_review_reviewers_parent_id_idx" ON "_fact_sheets_v_version_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "_fact_sheets_v_parent_idx" ON "_fact_sheets_v" USING btree ("parent_id");
  CREATE INDEX "_fact_sheets_v_version_version_image_idx" ON "_fact_sheets_v" USING btree ("version_image_id");
  CREATE INDEX "_fact_sheets_v_version_version_pdf_idx" ON "_fact_sheets_v" USING btree ("version_pdf_id");
  CREATE INDEX "_fact_sheets_v_version_version_updated_at_idx" ON "_fact_sheets_v" USING btree ("version_updated_at");
  CREATE INDEX "_fact_sheets_v_version_version_created_at_idx" ON "_fact_sheets_v" USING btree ("version_created_at");
  CREATE INDEX "_fact_sheets_v_version_version__status_idx" ON "_fact_sheets_v" USING btree ("version__status");
  CREATE INDEX "_fact_sheets_v_created_at_idx" ON "_fact_sheets_v" USING btree ("created_at");
  CREATE INDEX "_fact_sheets_v_updated_at_idx" ON "_fact_sheets_v" USING btree ("updated_at");
  CREATE INDEX "_fact_sheets_v_snapshot_idx" ON "_fact_sheets_v" USING btree ("snapshot");
  CREATE INDEX "_fact_sheets_v_published_locale_idx" ON "_fact_sheets_v" USING btree ("published_locale");
  CREATE INDEX "_fact_sheets_v_latest_idx" ON "_fact_sheets_v" USING btree ("latest");
  CREATE INDEX "_fact_sheets_v_version_version_slug_idx" ON "_fact_sheets_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_fact_sheets_v_locales_locale_parent_id_unique" ON "_fact_sheets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_fact_sheets_v_rels_order_idx" ON "_fact_sheets_v_rels" USING btree ("order");
  CREATE INDEX "_fact_sheets_v_rels_parent_idx" ON "_fact_sheets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_fact_sheets_v_rels_path_idx" ON "_fact_sheets_v_rels" USING btree ("path");
  CREATE INDEX "_fact_sheets_v_rels_fact_sheets_id_idx" ON "_fact_sheets_v_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "_fact_sheets_v_rels_intervention_tools_id_idx" ON "_fact_sheets_v_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "_fact_sheets_v_rels_webinars_id_idx" ON "_fact_sheets_v_rels" USING btree ("webinars_id");
  CREATE INDEX "_fact_sheets_v_rels_publications_id_idx" ON "_fact_sheets_v_rels" USING btree ("publications_id");
  CREATE INDEX "_fact_sheets_v_rels_themes_id_idx" ON "_fact_sheets_v_rels" USING btree ("themes_id");
  CREATE INDEX "_fact_sheets_v_rels_audiences_id_idx" ON "_fact_sheets_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_fact_sheets_v_rels_stages_id_idx" ON "_fact_sheets_v_rels" USING btree ("stages_id");
  CREATE INDEX "intervention_tools_key_messages_order_idx" ON "intervention_tools_key_messages" USING btree ("_order");
  CREATE INDEX "intervention_tools_key_messages_parent_id_idx" ON "intervention_tools_key_messages" USING btree ("_parent_id");
  CREATE INDEX "intervention_tools_key_messages_locale_idx" ON "intervention_tools_key_messages" USING btree ("_locale");
  CREATE INDEX "intervention_tools_references_order_idx" ON "intervention_tools_references" USING btree ("_order");
  CREATE INDEX "intervention_tools_references_parent_id_idx" ON "intervention_tools_references" USING btree ("_parent_id");
  CREATE INDEX "intervention_tools_review_reviewers_order_idx" ON "intervention_tools_review_reviewers" USING btree ("_order");
  CREATE INDEX "intervention_tools_review_reviewers_parent_id_idx" ON "intervention_tools_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "intervention_tools_image_idx" ON "intervention_tools" USING btree ("image_id");
  CREATE INDEX "intervention_tools_pdf_idx" ON "intervention_tools" USING btree ("pdf_id");
  CREATE INDEX "intervention_tools_updated_at_idx" ON "intervention_tools" USING btree ("updated_at");
  CREATE INDEX "intervention_tools_created_at_idx" ON "intervention_tools" USING btree ("created_at");
  CREATE INDEX "intervention_tools__status_idx" ON "intervention_tools" USING btree ("_status");
  CREATE INDEX "intervention_tools_slug_idx" ON "intervention_tools_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "intervention_tools_locales_locale_parent_id_unique" ON "intervention_tools_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "intervention_tools_rels_order_idx" ON "intervention_tools_rels" USING btree ("order");
  CREATE INDEX "intervention_tools_rels_parent_idx" ON "intervention_tools_rels" USING btree ("parent_id");
  CREATE INDEX "intervention_tools_rels_path_idx" ON "intervention_tools_rels" USING btree ("path");
  CREATE INDEX "intervention_tools_rels_documents_id_idx" ON "intervention_tools_rels" USING btree ("documents_id");
  CREATE INDEX "intervention_tools_rels_fact_sheets_id_idx" ON "intervention_tools_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "intervention_tools_rels_intervention_tools_id_idx" ON "intervention_tools_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "intervention_tools_rels_webinars_id_idx" ON "intervention_tools_rels" USING btree ("webinars_id");
  CREATE INDEX "intervention_tools_rels_publications_id_idx" ON "intervention_tools_rels" USING btree ("publications_id");
  CREATE INDEX "intervention_tools_rels_themes_id_idx" ON "intervention_tools_rels" USING btree ("themes_id");
  CREATE INDEX "intervention_tools_rels_audiences_id_idx" ON "intervention_tools_rels" USING btree ("audiences_id");
  CREATE INDEX "intervention_tools_rels_stages_id_idx" ON "intervention_tools_rels" USING btree ("stages_id");
  CREATE INDEX "_intervention_tools_v_version_key_messages_order_idx" ON "_intervention_tools_v_version_key_messages" USING btree ("_order");
  CREATE INDEX "_intervention_tools_v_version_key_messages_parent_id_idx" ON "_intervention_tools_v_version_key_messages" USING btree ("_parent_id");
  CREATE INDEX "_intervention_tools_v_version_key_messages_locale_idx" ON "_intervention_tools_v_version_key_messages" USING btree ("_locale");
  CREATE INDEX "_intervention_tools_v_version_references_order_idx" ON "_intervention_tools_v_version_references" USING btree ("_order");
  CREATE INDEX "_intervention_tools_v_version_references_parent_id_idx" ON "_intervention_tools_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_intervention_tools_v_version_review_reviewers_order_idx" ON "_intervention_tools_v_version_review_reviewers" USING btree ("_order");
  CREATE INDEX "_intervention_tools_v_version_review_reviewers_parent_id_idx" ON "_intervention_tools_v_version_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "_intervention_tools_v_parent_idx" ON "_intervention_tools_v" USING btree ("parent_id");
  CREATE INDEX "_intervention_tools_v_version_version_image_idx" ON "_intervention_tools_v" USING btree ("version_image_id");
  CREATE INDEX "_intervention_tools_v_version_version_pdf_idx" ON "_intervention_tools_v" USING btree ("version_pdf_id");
  CREATE INDEX "_intervention_tools_v_version_version_updated_at_idx" ON "_intervention_tools_v" USING btree ("version_updated_at");
  CREATE INDEX "_intervention_tools_v_version_version_created_at_idx" ON "_intervention_tools_v" USING btree ("version_created_at");
  CREATE INDEX "_intervention_tools_v_version_version__status_idx" ON "_intervention_tools_v" USING btree ("version__status");
  CREATE INDEX "_intervention_tools_v_created_at_idx" ON "_intervention_tools_v" USING btree ("created_at");
  CREATE INDEX "_intervention_tools_v_updated_at_idx" ON "_intervention_tools_v" USING btree ("updated_at");
  CREATE INDEX "_intervention_tools_v_snapshot_idx" ON "_intervention_tools_v" USING btree ("snapshot");
  CREATE INDEX "_intervention_tools_v_published_locale_idx" ON "_intervention_tools_v" USING btree ("published_locale");
  CREATE INDEX "_intervention_tools_v_latest_idx" ON "_intervention_tools_v" USING btree ("latest");
  CREATE INDEX "_intervention_tools_v_version_version_slug_idx" ON "_intervention_tools_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_intervention_tools_v_locales_locale_parent_id_unique" ON "_intervention_tools_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_intervention_tools_v_rels_order_idx" ON "_intervention_tools_v_rels" USING btree ("order");
  CREATE INDEX "_intervention_tools_v_rels_parent_idx" ON "_intervention_tools_v_rels" USING btree ("parent_id");
  CREATE INDEX "_intervention_tools_v_rels_path_idx" ON "_intervention_tools_v_rels" USING btree ("path");
  CREATE INDEX "_intervention_tools_v_rels_documents_id_idx" ON "_intervention_tools_v_rels" USING btree ("documents_id");
  CREATE INDEX "_intervention_tools_v_rels_fact_sheets_id_idx" ON "_intervention_tools_v_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "_intervention_tools_v_rels_intervention_tools_id_idx" ON "_intervention_tools_v_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "_intervention_tools_v_rels_webinars_id_idx" ON "_intervention_tools_v_rels" USING btree ("webinars_id");
  CREATE INDEX "_intervention_tools_v_rels_publications_id_idx" ON "_intervention_tools_v_rels" USING btree ("publications_id");
  CREATE INDEX "_intervention_tools_v_rels_themes_id_idx" ON "_intervention_tools_v_rels" USING btree ("themes_id");
  CREATE INDEX "_intervention_tools_v_rels_audiences_id_idx" ON "_intervention_tools_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_intervention_tools_v_rels_stages_id_idx" ON "_intervention_tools_v_rels" USING btree ("stages_id");
  CREATE INDEX "webinars_key_messages_order_idx" ON "webinars_key_messages" USING btree ("_order");
  CREATE INDEX "webinars_key_messages_parent_id_idx" ON "webinars_key_messages" USING btree ("_parent_id");
  CREATE INDEX "webinars_key_messages_locale_idx" ON "webinars_key_messages" USING btree ("_locale");
  CREATE INDEX "webinars_speakers_order_idx" ON "webinars_speakers" USING btree ("_order");
  CREATE INDEX "webinars_speakers_parent_id_idx" ON "webinars_speakers" USING btree ("_parent_id");
  CREATE INDEX "webinars_chapters_order_idx" ON "webinars_chapters" USING btree ("_order");
  CREATE INDEX "webinars_chapters_parent_id_idx" ON "webinars_chapters" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "webinars_chapters_locales_locale_parent_id_unique" ON "webinars_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "webinars_transcript_order_idx" ON "webinars_transcript" USING btree ("_order");
  CREATE INDEX "webinars_transcript_parent_id_idx" ON "webinars_transcript" USING btree ("_parent_id");
  CREATE INDEX "webinars_transcript_locale_idx" ON "webinars_transcript" USING btree ("_locale");
  CREATE INDEX "webinars_references_order_idx" ON "webinars_references" USING btree ("_order");
  CREATE INDEX "webinars_references_parent_id_idx" ON "webinars_references" USING btree ("_parent_id");
  CREATE INDEX "webinars_review_reviewers_order_idx" ON "webinars_review_reviewers" USING btree ("_order");
  CREATE INDEX "webinars_review_reviewers_parent_id_idx" ON "webinars_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "webinars_video_video_file_idx" ON "webinars" USING btree ("video_file_id");
  CREATE INDEX "webinars_slides_idx" ON "webinars" USING btree ("slides_id");
  CREATE INDEX "webinars_image_idx" ON "webinars" USING btree ("image_id");
  CREATE INDEX "webinars_pdf_idx" ON "webinars" USING btree ("pdf_id");
  CREATE INDEX "webinars_updated_at_idx" ON "webinars" USING btree ("updated_at");
  CREATE INDEX "webinars_created_at_idx" ON "webinars" USING btree ("created_at");
  CREATE INDEX "webinars__status_idx" ON "webinars" USING btree ("_status");
  CREATE INDEX "webinars_slug_idx" ON "webinars_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "webinars_locales_locale_parent_id_unique" ON "webinars_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "webinars_rels_order_idx" ON "webinars_rels" USING btree ("order");
  CREATE INDEX "webinars_rels_parent_idx" ON "webinars_rels" USING btree ("parent_id");
  CREATE INDEX "webinars_rels_path_idx" ON "webinars_rels" USING btree ("path");
  CREATE INDEX "webinars_rels_fact_sheets_id_idx" ON "webinars_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "webinars_rels_intervention_tools_id_idx" ON "webinars_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "webinars_rels_webinars_id_idx" ON "webinars_rels" USING btree ("webinars_id");
  CREATE INDEX "webinars_rels_publications_id_idx" ON "webinars_rels" USING btree ("publications_id");
  CREATE INDEX "webinars_rels_themes_id_idx" ON "webinars_rels" USING btree ("themes_id");
  CREATE INDEX "webinars_rels_audiences_id_idx" ON "webinars_rels" USING btree ("audiences_id");
  CREATE INDEX "webinars_rels_stages_id_idx" ON "webinars_rels" USING btree ("stages_id");
  CREATE INDEX "_webinars_v_version_key_messages_order_idx" ON "_webinars_v_version_key_messages" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_key_messages_parent_id_idx" ON "_webinars_v_version_key_messages" USING btree ("_parent_id");
  CREATE INDEX "_webinars_v_version_key_messages_locale_idx" ON "_webinars_v_version_key_messages" USING btree ("_locale");
  CREATE INDEX "_webinars_v_version_speakers_order_idx" ON "_webinars_v_version_speakers" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_speakers_parent_id_idx" ON "_webinars_v_version_speakers" USING btree ("_parent_id");
  CREATE INDEX "_webinars_v_version_chapters_order_idx" ON "_webinars_v_version_chapters" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_chapters_parent_id_idx" ON "_webinars_v_version_chapters" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_webinars_v_version_chapters_locales_locale_parent_id_unique" ON "_webinars_v_version_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_webinars_v_version_transcript_order_idx" ON "_webinars_v_version_transcript" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_transcript_parent_id_idx" ON "_webinars_v_version_transcript" USING btree ("_parent_id");
  CREATE INDEX "_webinars_v_version_transcript_locale_idx" ON "_webinars_v_version_transcript" USING btree ("_locale");
  CREATE INDEX "_webinars_v_version_references_order_idx" ON "_webinars_v_version_references" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_references_parent_id_idx" ON "_webinars_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_webinars_v_version_review_reviewers_order_idx" ON "_webinars_v_version_review_reviewers" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_review_reviewers_parent_id_idx" ON "_webinars_v_version_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "_webinars_v_parent_idx" ON "_webinars_v" USING btree ("parent_id");
  CREATE INDEX "_webinars_v_version_video_version_video_file_idx" ON "_webinars_v" USING btree ("version_video_file_id");
  CREATE INDEX "_webinars_v_version_version_slides_idx" ON "_webinars_v" USING btree ("version_slides_id");
  CREATE INDEX "_webinars_v_version_version_image_idx" ON "_webinars_v" USING btree ("version_image_id");
  CREATE INDEX "_webinars_v_version_version_pdf_idx" ON "_webinars_v" USING btree ("version_pdf_id");
  CREATE INDEX "_webinars_v_version_version_updated_at_idx" ON "_webinars_v" USING btree ("version_updated_at");
  CREATE INDEX "_webinars_v_version_version_created_at_idx" ON "_webinars_v" USING btree ("version_created_at");
  CREATE INDEX "_webinars_v_version_version__status_idx" ON "_webinars_v" USING btree ("version__status");
  CREATE INDEX "_webinars_v_created_at_idx" ON "_webinars_v" USING btree ("created_at");
  CREATE INDEX "_webinars_v_updated_at_idx" ON "_webinars_v" USING btree ("updated_at");
  CREATE INDEX "_webinars_v_snapshot_idx" ON "_webinars_v" USING btree ("snapshot");
  CREATE INDEX "_webinars_v_published_locale_idx" ON "_webinars_v" USING btree ("published_locale");
  CREATE INDEX "_webinars_v_latest_idx" ON "_webinars_v" USING btree ("latest");
  CREATE INDEX "_webinars_v_version_version_slug_idx" ON "_webinars_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_webinars_v_locales_locale_parent_id_unique" ON "_webinars_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_webinars_v_rels_order_idx" ON "_webinars_v_rels" USING btree ("order");
  CREATE INDEX "_webinars_v_rels_parent_idx" ON "_webinars_v_rels" USING btree ("parent_id");
  CREATE INDEX "_webinars_v_rels_path_idx" ON "_webinars_v_rels" USING btree ("path");
  CREATE INDEX "_webinars_v_rels_fact_sheets_id_idx" ON "_webinars_v_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "_webinars_v_rels_intervention_tools_id_idx" ON "_webinars_v_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "_webinars_v_rels_webinars_id_idx" ON "_webinars_v_rels" USING btree ("webinars_id");
  CREATE INDEX "_webinars_v_rels_publications_id_idx" ON "_webinars_v_rels" USING btree ("publications_id");
  CREATE INDEX "_webinars_v_rels_themes_id_idx" ON "_webinars_v_rels" USING btree ("themes_id");
  CREATE INDEX "_webinars_v_rels_audiences_id_idx" ON "_webinars_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_webinars_v_rels_stages_id_idx" ON "_webinars_v_rels" USING btree ("stages_id");
  CREATE INDEX "publications_key_messages_order_idx" ON "publications_key_messages" USING btree ("_order");
  CREATE INDEX "publications_key_messages_parent_id_idx" ON "publications_key_messages" USING btree ("_parent_id");
  CREATE INDEX "publications_key_messages_locale_idx" ON "publications_key_messages" USING btree ("_locale");
  CREATE INDEX "publications_authors_order_idx" ON "publications_authors" USING btree ("_order");
  CREATE INDEX "publications_authors_parent_id_idx" ON "publications_authors" USING btree ("_parent_id");
  CREATE INDEX "publications_references_order_idx" ON "publications_references" USING btree ("_order");
  CREATE INDEX "publications_references_parent_id_idx" ON "publications_references" USING btree ("_parent_id");
  CREATE INDEX "publications_review_reviewers_order_idx" ON "publications_review_reviewers" USING btree ("_order");
  CREATE INDEX "publications_review_reviewers_parent_id_idx" ON "publications_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "publications_file_idx" ON "publications" USING btree ("file_id");
  CREATE INDEX "publications_image_idx" ON "publications" USING btree ("image_id");
  CREATE INDEX "publications_pdf_idx" ON "publications" USING btree ("pdf_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications__status_idx" ON "publications" USING btree ("_status");
  CREATE INDEX "publications_slug_idx" ON "publications_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "publications_locales_locale_parent_id_unique" ON "publications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "publications_rels_order_idx" ON "publications_rels" USING btree ("order");
  CREATE INDEX "publications_rels_parent_idx" ON "publications_rels" USING btree ("parent_id");
  CREATE INDEX "publications_rels_path_idx" ON "publications_rels" USING btree ("path");
  CREATE INDEX "publications_rels_fact_sheets_id_idx" ON "publications_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "publications_rels_intervention_tools_id_idx" ON "publications_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "publications_rels_webinars_id_idx" ON "publications_rels" USING btree ("webinars_id");
  CREATE INDEX "publications_rels_publications_id_idx" ON "publications_rels" USING btree ("publications_id");
  CREATE INDEX "publications_rels_themes_id_idx" ON "publications_rels" USING btree ("themes_id");
  CREATE INDEX "publications_rels_audiences_id_idx" ON "publications_rels" USING btree ("audiences_id");
  CREATE INDEX "publications_rels_stages_id_idx" ON "publications_rels" USING btree ("stages_id");
  CREATE INDEX "_publications_v_version_key_messages_order_idx" ON "_publications_v_version_key_messages" USING btree ("_order");
  CREATE INDEX "_publications_v_version_key_messages_parent_id_idx" ON "_publications_v_version_key_messages" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_key_messages_locale_idx" ON "_publications_v_version_key_messages" USING btree ("_locale");
  CREATE INDEX "_publications_v_version_authors_order_idx" ON "_publications_v_version_authors" USING btree ("_order");
  CREATE INDEX "_publications_v_version_authors_parent_id_idx" ON "_publications_v_version_authors" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_references_order_idx" ON "_publications_v_version_references" USING btree ("_order");
  CREATE INDEX "_publications_v_version_references_parent_id_idx" ON "_publications_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_review_reviewers_order_idx" ON "_publications_v_version_review_reviewers" USING btree ("_order");
  CREATE INDEX "_publications_v_version_review_reviewers_parent_id_idx" ON "_publications_v_version_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_parent_idx" ON "_publications_v" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_version_file_idx" ON "_publications_v" USING btree ("version_file_id");
  CREATE INDEX "_publications_v_version_version_image_idx" ON "_publications_v" USING btree ("version_image_id");
  CREATE INDEX "_publications_v_version_version_pdf_idx" ON "_publications_v" USING btree ("version_pdf_id");
  CREATE INDEX "_publications_v_version_version_updated_at_idx" ON "_publications_v" USING btree ("version_updated_at");
  CREATE INDEX "_publications_v_version_version_created_at_idx" ON "_publications_v" USING btree ("version_created_at");
  CREATE INDEX "_publications_v_version_version__status_idx" ON "_publications_v" USING btree ("version__status");
  CREATE INDEX "_publications_v_created_at_idx" ON "_publications_v" USING btree ("created_at");
  CREATE INDEX "_publications_v_updated_at_idx" ON "_publications_v" USING btree ("updated_at");
  CREATE INDEX "_publications_v_snapshot_idx" ON "_publications_v" USING btree ("snapshot");
  CREATE INDEX "_publications_v_published_locale_idx" ON "_publications_v" USING btree ("published_locale");
  CREATE INDEX "_publications_v_latest_idx" ON "_publications_v" USING btree ("latest");
  CREATE INDEX "_publications_v_version_version_slug_idx" ON "_publications_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_publications_v_locales_locale_parent_id_unique" ON "_publications_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_publications_v_rels_order_idx" ON "_publications_v_rels" USING btree ("order");
  CREATE INDEX "_publications_v_rels_parent_idx" ON "_publications_v_rels" USING btree ("parent_id");
  CREATE INDEX "_publications_v_rels_path_idx" ON "_publications_v_rels" USING btree ("path");
  CREATE INDEX "_publications_v_rels_fact_sheets_id_idx" ON "_publications_v_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "_publications_v_rels_intervention_tools_id_idx" ON "_publications_v_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "_publications_v_rels_webinars_id_idx" ON "_publications_v_rels" USING btree ("webinars_id");
  CREATE INDEX "_publications_v_rels_publications_id_idx" ON "_publications_v_rels" USING btree ("publications_id");
  CREATE INDEX "_publications_v_rels_themes_id_idx" ON "_publications_v_rels" USING btree ("themes_id");
  CREATE INDEX "_publications_v_rels_audiences_id_idx" ON "_publications_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_publications_v_rels_stages_id_idx" ON "_publications_v_rels" USING btree ("stages_id");
  CREATE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE UNIQUE INDEX "themes_locales_locale_parent_id_unique" ON "themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "audiences_slug_idx" ON "audiences" USING btree ("slug");
  CREATE INDEX "audiences_updated_at_idx" ON "audiences" USING btree ("updated_at");
  CREATE INDEX "audiences_created_at_idx" ON "audiences" USING btree ("created_at");
  CREATE UNIQUE INDEX "audiences_locales_locale_parent_id_unique" ON "audiences_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "stages_slug_idx" ON "stages" USING btree ("slug");
  CREATE INDEX "stages_updated_at_idx" ON "stages" USING btree ("updated_at");
  CREATE INDEX "stages_created_at_idx" ON "stages" USING btree ("created_at");
  CREATE UNIQUE INDEX "stages_locales_locale_parent_id_unique" ON "stages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "documents_locales_locale_parent_id_unique" ON "documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_fact_sheets_id_idx" ON "payload_locked_documents_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "payload_locked_documents_rels_intervention_tools_id_idx" ON "payload_locked_documents_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "payload_locked_documents_rels_webinars_id_idx" ON "payload_locked_documents_rels" USING btree ("webinars_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_audiences_id_idx" ON "payload_locked_documents_rels" USING btree ("audiences_id");
  CREATE INDEX "payload_locked_documents_rels_stages_id_idx" ON "payload_locked_documents_rels" USING btree ("stages_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "fact_sheets_key_messages" CASCADE;
  DROP TABLE "fact_sheets_references" CASCADE;
  DROP TABLE "fact_sheets_review_reviewers" CASCADE;
  DROP TABLE "fact_sheets" CASCADE;
  DROP TABLE "fact_sheets_locales" CASCADE;
  DROP TABLE "fact_sheets_rels" CASCADE;
  DROP TABLE "_fact_sheets_v_version_key_messages" CASCADE;
  DROP TABLE "_fact_sheets_v_version_references" CASCADE;
  DROP TABLE "_fact_sheets_v_version_review_reviewers" CASCADE;
  DROP TABLE "_fact_sheets_v" CASCADE;
  DROP TABLE "_fact_sheets_v_locales" CASCADE;
  DROP TABLE "_fact_sheets_v_rels" CASCADE;
  DROP TABLE "intervention_tools_key_messages" CASCADE;
  DROP TABLE "intervention_tools_references" CASCADE;
  DROP TABLE "intervention_tools_review_reviewers" CASCADE;
  DROP TABLE "intervention_tools" CASCADE;
  DROP TABLE "intervention_tools_locales" CASCADE;
  DROP TABLE "intervention_tools_rels" CASCADE;
  DROP TABLE "_intervention_tools_v_version_key_messages" CASCADE;
  DROP TABLE "_intervention_tools_v_version_references" CASCADE;
  DROP TABLE "_intervention_tools_v_version_review_reviewers" CASCADE;
  DROP TABLE "_intervention_tools_v" CASCADE;
  DROP TABLE "_intervention_tools_v_locales" CASCADE;
  DROP TABLE "_intervention_tools_v_rels" CASCADE;
  DROP TABLE "webinars_key_messages" CASCADE;
  DROP TABLE "webinars_speakers" CASCADE;
  DROP TABLE "webinars_chapters" CASCADE;
  DROP TABLE "webinars_chapters_locales" CASCADE;
  DROP TABLE "webinars_transcript" CASCADE;
  DROP TABLE "webinars_references" CASCADE;
  DROP TABLE "webinars_review_reviewers" CASCADE;
  DROP TABLE "webinars" CASCADE;
  DROP TABLE "webinars_locales" CASCADE;
  DROP TABLE "webinars_rels" CASCADE;
  DROP TABLE "_webinars_v_version_key_messages" CASCADE;
  DROP TABLE "_webinars_v_version_speakers" CASCADE;
  DROP TABLE "_webinars_v_version_chapters" CASCADE;
  DROP TABLE "_webinars_v_version_chapters_locales" CASCADE;
  DROP TABLE "_webinars_v_version_transcript" CASCADE;
  DROP TABLE "_webinars_v_version_references" CASCADE;
  DROP TABLE "_webinars_v_version_review_reviewers" CASCADE;
  DROP TABLE "_webinars_v" CASCADE;
  DROP TABLE "_webinars_v_locales" CASCADE;
  DROP TABLE "_webinars_v_rels" CASCADE;
  DROP TABLE "publications_key_messages" CASCADE;
  DROP TABLE "publications_authors" CASCADE;
  DROP TABLE "publications_references" CASCADE;
  DROP TABLE "publications_review_reviewers" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_locales" CASCADE;
  DROP TABLE "publications_rels" CASCADE;
  DROP TABLE "_publications_v_version_key_messages" CASCADE;
  DROP TABLE "_publications_v_version_authors" CASCADE;
  DROP TABLE "_publications_v_version_references" CASCADE;
  DROP TABLE "_publications_v_version_review_reviewers" CASCADE;
  DROP TABLE "_publications_v" CASCADE;
  DROP TABLE "_publications_v_locales" CASCADE;
  DROP TABLE "_publications_v_rels" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "themes_locales" CASCADE;
  DROP TABLE "audiences" CASCADE;
  DROP TABLE "audiences_locales" CASCADE;
  DROP TABLE "stages" CASCADE;
  DROP TABLE "stages_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_fact_sheets_status";
  DROP TYPE "public"."enum__fact_sheets_v_version_status";
  DROP TYPE "public"."enum__fact_sheets_v_published_locale";
  DROP TYPE "public"."enum_intervention_tools_tool_kind";
  DROP TYPE "public"."enum_intervention_tools_status";
  DROP TYPE "public"."enum__intervention_tools_v_version_tool_kind";
  DROP TYPE "public"."enum__intervention_tools_v_version_status";
  DROP TYPE "public"."enum__intervention_tools_v_published_locale";
  DROP TYPE "public"."enum_webinars_status";
  DROP TYPE "public"."enum__webinars_v_version_status";
  DROP TYPE "public"."enum__webinars_v_published_locale";
  DROP TYPE "public"."enum_publications_publication_kind";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum__publications_v_version_publication_kind";
  DROP TYPE "public"."enum__publications_v_version_status";
  DROP TYPE "public"."enum__publications_v_published_locale";
  DROP TYPE "public"."enum_users_role";`)
}
