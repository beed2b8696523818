// ADD COLUMN … REFERENCES: the generator drops ON DELETE cascade on SQLite; added by hand (as the schema push makes it).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`ppne_periods_category_costs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category_id\` integer,
  	\`cost\` numeric,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`ppne_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_periods_category_costs_order_idx\` ON \`ppne_periods_category_costs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_category_costs_parent_id_idx\` ON \`ppne_periods_category_costs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_category_costs_category_idx\` ON \`ppne_periods_category_costs\` (\`category_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_periods_profile_costs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`profile_id\` integer,
  	\`cost\` numeric,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`ppne_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_periods_profile_costs_order_idx\` ON \`ppne_periods_profile_costs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_profile_costs_parent_id_idx\` ON \`ppne_periods_profile_costs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_profile_costs_profile_idx\` ON \`ppne_periods_profile_costs\` (\`profile_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_periods_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_periods_review_reviewers_order_idx\` ON \`ppne_periods_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_review_reviewers_parent_id_idx\` ON \`ppne_periods_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_periods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`period\` text,
  	\`title\` text,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`workflow_last_content_editor_id\` integer,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_approved_hash\` text,
  	\`schedule_publish_at\` text,
  	\`schedule_unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_state_idx\` ON \`ppne_periods\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_periods_period_idx\` ON \`ppne_periods\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_last_content_editor_idx\` ON \`ppne_periods\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_submitted_by_idx\` ON \`ppne_periods\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_approved_by_idx\` ON \`ppne_periods\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_updated_at_idx\` ON \`ppne_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_created_at_idx\` ON \`ppne_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods__status_idx\` ON \`ppne_periods\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`ppne_periods_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_periods_locales_locale_parent_id_unique\` ON \`ppne_periods_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_periods_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_periods_rels_order_idx\` ON \`ppne_periods_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_rels_parent_idx\` ON \`ppne_periods_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_rels_path_idx\` ON \`ppne_periods_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_rels_users_id_idx\` ON \`ppne_periods_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_ppne_periods_v_version_category_costs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category_id\` integer,
  	\`cost\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`ppne_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ppne_periods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_category_costs_order_idx\` ON \`_ppne_periods_v_version_category_costs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_category_costs_parent_id_idx\` ON \`_ppne_periods_v_version_category_costs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_category_costs_category_idx\` ON \`_ppne_periods_v_version_category_costs\` (\`category_id\`);`)
  await db.run(sql`CREATE TABLE \`_ppne_periods_v_version_profile_costs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`profile_id\` integer,
  	\`cost\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`ppne_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ppne_periods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_profile_costs_order_idx\` ON \`_ppne_periods_v_version_profile_costs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_profile_costs_parent_id_idx\` ON \`_ppne_periods_v_version_profile_costs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_profile_costs_profile_idx\` ON \`_ppne_periods_v_version_profile_costs\` (\`profile_id\`);`)
  await db.run(sql`CREATE TABLE \`_ppne_periods_v_version_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ppne_periods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_review_reviewers_order_idx\` ON \`_ppne_periods_v_version_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_review_reviewers_parent_id_idx\` ON \`_ppne_periods_v_version_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ppne_periods_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_period\` text,
  	\`version_title\` text,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_workflow_last_content_editor_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_approved_hash\` text,
  	\`version_schedule_publish_at\` text,
  	\`version_schedule_unpublish_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_parent_idx\` ON \`_ppne_periods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_workflow_state_idx\` ON \`_ppne_periods_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_period_idx\` ON \`_ppne_periods_v\` (\`version_period\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_last_c_idx\` ON \`_ppne_periods_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_submit_idx\` ON \`_ppne_periods_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_approv_idx\` ON \`_ppne_periods_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_updated_at_idx\` ON \`_ppne_periods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_created_at_idx\` ON \`_ppne_periods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version__status_idx\` ON \`_ppne_periods_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_created_at_idx\` ON \`_ppne_periods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_updated_at_idx\` ON \`_ppne_periods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_snapshot_idx\` ON \`_ppne_periods_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_published_locale_idx\` ON \`_ppne_periods_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_latest_idx\` ON \`_ppne_periods_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_ppne_periods_v_locales\` (
  	\`version_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ppne_periods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_ppne_periods_v_locales_locale_parent_id_unique\` ON \`_ppne_periods_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ppne_periods_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ppne_periods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_rels_order_idx\` ON \`_ppne_periods_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_rels_parent_idx\` ON \`_ppne_periods_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_rels_path_idx\` ON \`_ppne_periods_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_rels_users_id_idx\` ON \`_ppne_periods_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_categories_code_idx\` ON \`ppne_categories\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`ppne_categories_updated_at_idx\` ON \`ppne_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppne_categories_created_at_idx\` ON \`ppne_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ppne_categories_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_categories_locales_locale_parent_id_unique\` ON \`ppne_categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`group\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_profiles_code_idx\` ON \`ppne_profiles\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`ppne_profiles_updated_at_idx\` ON \`ppne_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppne_profiles_created_at_idx\` ON \`ppne_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ppne_profiles_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_profiles_locales_locale_parent_id_unique\` ON \`ppne_profiles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_vocabulary\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'equivalents' NOT NULL,
  	\`language\` text DEFAULT 'fr' NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_vocabulary_updated_at_idx\` ON \`search_vocabulary\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_vocabulary_created_at_idx\` ON \`search_vocabulary\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_vocabulary_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_vocabulary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_vocabulary_texts_order_parent\` ON \`search_vocabulary_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_method_households_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`profile_id\` integer NOT NULL,
  	\`count\` numeric DEFAULT 1 NOT NULL,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`ppne_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_method_households\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_method_households_members_order_idx\` ON \`ppne_method_households_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_method_households_members_parent_id_idx\` ON \`ppne_method_households_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_method_households_members_profile_idx\` ON \`ppne_method_households_members\` (\`profile_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_method_households\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`reference\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_method\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_method_households_order_idx\` ON \`ppne_method_households\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_method_households_parent_id_idx\` ON \`ppne_method_households\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_method_households_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_method_households\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_method_households_locales_locale_parent_id_unique\` ON \`ppne_method_households_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_method_household_size_adjustments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`size\` numeric NOT NULL,
  	\`factor\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_method\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_method_household_size_adjustments_order_idx\` ON \`ppne_method_household_size_adjustments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_method_household_size_adjustments_parent_id_idx\` ON \`ppne_method_household_size_adjustments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_method_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_method\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_method_sources_order_idx\` ON \`ppne_method_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_method_sources_parent_id_idx\` ON \`ppne_method_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_method_sources_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_method_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_method_sources_locales_locale_parent_id_unique\` ON \`ppne_method_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_method\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`demonstration\` integer DEFAULT false,
  	\`affordability_threshold\` numeric NOT NULL,
  	\`affordability_source_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`ppne_method_locales\` (
  	\`affordability_source_label\` text NOT NULL,
  	\`method\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_method\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_method_locales_locale_parent_id_unique\` ON \`ppne_method_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`fact_sheets_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_users_id_idx\` ON \`fact_sheets_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_users_id_idx\` ON \`_fact_sheets_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`intervention_tools_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_users_id_idx\` ON \`intervention_tools_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_users_id_idx\` ON \`_intervention_tools_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`webinars_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`webinars_rels_users_id_idx\` ON \`webinars_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_webinars_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_users_id_idx\` ON \`_webinars_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`publications_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`publications_rels_users_id_idx\` ON \`publications_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_users_id_idx\` ON \`_publications_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`review_comments_rels\` ADD \`ppne_periods_id\` integer REFERENCES ppne_periods(id);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_ppne_periods_id_idx\` ON \`review_comments_rels\` (\`ppne_periods_id\`);`)
  await db.run(sql`ALTER TABLE \`review_events_rels\` ADD \`ppne_periods_id\` integer REFERENCES ppne_periods(id);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_ppne_periods_id_idx\` ON \`review_events_rels\` (\`ppne_periods_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ppne_periods_id\` integer REFERENCES ppne_periods(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ppne_categories_id\` integer REFERENCES ppne_categories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ppne_profiles_id\` integer REFERENCES ppne_profiles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_vocabulary_id\` integer REFERENCES search_vocabulary(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppne_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`ppne_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppne_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`ppne_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppne_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`ppne_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_vocabulary_id_idx\` ON \`payload_locked_documents_rels\` (\`search_vocabulary_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ppne_periods_category_costs\`;`)
  await db.run(sql`DROP TABLE \`ppne_periods_profile_costs\`;`)
  await db.run(sql`DROP TABLE \`ppne_periods_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`ppne_periods\`;`)
  await db.run(sql`DROP TABLE \`ppne_periods_locales\`;`)
  await db.run(sql`DROP TABLE \`ppne_periods_rels\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v_version_category_costs\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v_version_profile_costs\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v_version_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v_rels\`;`)
  await db.run(sql`DROP TABLE \`ppne_categories\`;`)
  await db.run(sql`DROP TABLE \`ppne_categories_locales\`;`)
  await db.run(sql`DROP TABLE \`ppne_profiles\`;`)
  await db.run(sql`DROP TABLE \`ppne_profiles_locales\`;`)
  await db.run(sql`DROP TABLE \`search_vocabulary\`;`)
  await db.run(sql`DROP TABLE \`search_vocabulary_texts\`;`)
  await db.run(sql`DROP TABLE \`ppne_method_households_members\`;`)
  await db.run(sql`DROP TABLE \`ppne_method_households\`;`)
  await db.run(sql`DROP TABLE \`ppne_method_households_locales\`;`)
  await db.run(sql`DROP TABLE \`ppne_method_household_size_adjustments\`;`)
  await db.run(sql`DROP TABLE \`ppne_method_sources\`;`)
  await db.run(sql`DROP TABLE \`ppne_method_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`ppne_method\`;`)
  await db.run(sql`DROP TABLE \`ppne_method_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_fact_sheets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_fact_sheets_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`fact_sheets_rels\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_fact_sheets_rels\` RENAME TO \`fact_sheets_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_order_idx\` ON \`fact_sheets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_parent_idx\` ON \`fact_sheets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_path_idx\` ON \`fact_sheets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_fact_sheets_id_idx\` ON \`fact_sheets_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_intervention_tools_id_idx\` ON \`fact_sheets_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_webinars_id_idx\` ON \`fact_sheets_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_publications_id_idx\` ON \`fact_sheets_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_themes_id_idx\` ON \`fact_sheets_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_audiences_id_idx\` ON \`fact_sheets_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_stages_id_idx\` ON \`fact_sheets_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__fact_sheets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fact_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__fact_sheets_v_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`_fact_sheets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__fact_sheets_v_rels\` RENAME TO \`_fact_sheets_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_order_idx\` ON \`_fact_sheets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_parent_idx\` ON \`_fact_sheets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_path_idx\` ON \`_fact_sheets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_fact_sheets_id_idx\` ON \`_fact_sheets_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_intervention_tools_id_idx\` ON \`_fact_sheets_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_webinars_id_idx\` ON \`_fact_sheets_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_publications_id_idx\` ON \`_fact_sheets_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_themes_id_idx\` ON \`_fact_sheets_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_audiences_id_idx\` ON \`_fact_sheets_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_stages_id_idx\` ON \`_fact_sheets_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_intervention_tools_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_intervention_tools_rels\`("id", "order", "parent_id", "path", "documents_id", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "documents_id", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`intervention_tools_rels\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_intervention_tools_rels\` RENAME TO \`intervention_tools_rels\`;`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_order_idx\` ON \`intervention_tools_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_parent_idx\` ON \`intervention_tools_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_path_idx\` ON \`intervention_tools_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_documents_id_idx\` ON \`intervention_tools_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_fact_sheets_id_idx\` ON \`intervention_tools_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_intervention_tools_id_idx\` ON \`intervention_tools_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_webinars_id_idx\` ON \`intervention_tools_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_publications_id_idx\` ON \`intervention_tools_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_themes_id_idx\` ON \`intervention_tools_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_audiences_id_idx\` ON \`intervention_tools_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_stages_id_idx\` ON \`intervention_tools_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__intervention_tools_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_intervention_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__intervention_tools_v_rels\`("id", "order", "parent_id", "path", "documents_id", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "documents_id", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`_intervention_tools_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__intervention_tools_v_rels\` RENAME TO \`_intervention_tools_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_order_idx\` ON \`_intervention_tools_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_parent_idx\` ON \`_intervention_tools_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_path_idx\` ON \`_intervention_tools_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_documents_id_idx\` ON \`_intervention_tools_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_fact_sheets_id_idx\` ON \`_intervention_tools_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_intervention_tools_id_idx\` ON \`_intervention_tools_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_webinars_id_idx\` ON \`_intervention_tools_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_publications_id_idx\` ON \`_intervention_tools_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_themes_id_idx\` ON \`_intervention_tools_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_audiences_id_idx\` ON \`_intervention_tools_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_stages_id_idx\` ON \`_intervention_tools_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_webinars_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webinars_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`webinars_rels\`;`)
  await db.run(sql`DROP TABLE \`webinars_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_webinars_rels\` RENAME TO \`webinars_rels\`;`)
  await db.run(sql`CREATE INDEX \`webinars_rels_order_idx\` ON \`webinars_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_parent_idx\` ON \`webinars_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_path_idx\` ON \`webinars_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_fact_sheets_id_idx\` ON \`webinars_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_intervention_tools_id_idx\` ON \`webinars_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_webinars_id_idx\` ON \`webinars_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_publications_id_idx\` ON \`webinars_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_themes_id_idx\` ON \`webinars_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_audiences_id_idx\` ON \`webinars_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_stages_id_idx\` ON \`webinars_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__webinars_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__webinars_v_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`_webinars_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__webinars_v_rels\` RENAME TO \`_webinars_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_order_idx\` ON \`_webinars_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_parent_idx\` ON \`_webinars_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_path_idx\` ON \`_webinars_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_fact_sheets_id_idx\` ON \`_webinars_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_intervention_tools_id_idx\` ON \`_webinars_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_webinars_id_idx\` ON \`_webinars_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_publications_id_idx\` ON \`_webinars_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_themes_id_idx\` ON \`_webinars_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_audiences_id_idx\` ON \`_webinars_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_stages_id_idx\` ON \`_webinars_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`publications_rels\`;`)
  await db.run(sql`DROP TABLE \`publications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications_rels\` RENAME TO \`publications_rels\`;`)
  await db.run(sql`CREATE INDEX \`publications_rels_order_idx\` ON \`publications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_parent_idx\` ON \`publications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_path_idx\` ON \`publications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_fact_sheets_id_idx\` ON \`publications_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_intervention_tools_id_idx\` ON \`publications_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_webinars_id_idx\` ON \`publications_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_publications_id_idx\` ON \`publications_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_themes_id_idx\` ON \`publications_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_audiences_id_idx\` ON \`publications_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_stages_id_idx\` ON \`publications_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__publications_v_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id" FROM \`_publications_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v_rels\` RENAME TO \`_publications_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_order_idx\` ON \`_publications_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_parent_idx\` ON \`_publications_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_path_idx\` ON \`_publications_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_fact_sheets_id_idx\` ON \`_publications_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_intervention_tools_id_idx\` ON \`_publications_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_webinars_id_idx\` ON \`_publications_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_publications_id_idx\` ON \`_publications_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_themes_id_idx\` ON \`_publications_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_audiences_id_idx\` ON \`_publications_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_stages_id_idx\` ON \`_publications_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_review_comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_comments_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id" FROM \`review_comments_rels\`;`)
  await db.run(sql`DROP TABLE \`review_comments_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_comments_rels\` RENAME TO \`review_comments_rels\`;`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_order_idx\` ON \`review_comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_parent_idx\` ON \`review_comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_path_idx\` ON \`review_comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_fact_sheets_id_idx\` ON \`review_comments_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_intervention_tools_id_idx\` ON \`review_comments_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_webinars_id_idx\` ON \`review_comments_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_publications_id_idx\` ON \`review_comments_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_events_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id" FROM \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_events_rels\` RENAME TO \`review_events_rels\`;`)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_fact_sheets_id_idx\` ON \`review_events_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_intervention_tools_id_idx\` ON \`review_events_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_webinars_id_idx\` ON \`review_events_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_publications_id_idx\` ON \`review_events_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	\`review_comments_id\` integer,
  	\`review_events_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_comments_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id", "media_id", "documents_id", "users_id", "review_comments_id", "review_events_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id", "media_id", "documents_id", "users_id", "review_comments_id", "review_events_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fact_sheets_id_idx\` ON \`payload_locked_documents_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_intervention_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinars_id_idx\` ON \`payload_locked_documents_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}
