import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
