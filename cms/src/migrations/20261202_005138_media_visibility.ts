import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contributors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contributors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contributors_rels_order_idx\` ON \`contributors_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contributors_rels_parent_idx\` ON \`contributors_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contributors_rels_path_idx\` ON \`contributors_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contributors_rels_media_id_idx\` ON \`contributors_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_contributors_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_contributors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_contributors_v_rels_order_idx\` ON \`_contributors_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_rels_parent_idx\` ON \`_contributors_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_rels_path_idx\` ON \`_contributors_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_contributors_v_rels_media_id_idx\` ON \`_contributors_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`journals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journals_rels_order_idx\` ON \`journals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`journals_rels_parent_idx\` ON \`journals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`journals_rels_path_idx\` ON \`journals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`journals_rels_media_id_idx\` ON \`journals_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_journals_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_journals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_journals_v_rels_order_idx\` ON \`_journals_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_journals_v_rels_parent_idx\` ON \`_journals_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_journals_v_rels_path_idx\` ON \`_journals_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_journals_v_rels_media_id_idx\` ON \`_journals_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`festivals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`festivals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`festivals_rels_order_idx\` ON \`festivals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`festivals_rels_parent_idx\` ON \`festivals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`festivals_rels_path_idx\` ON \`festivals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`festivals_rels_media_id_idx\` ON \`festivals_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_festivals_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_festivals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_festivals_v_rels_order_idx\` ON \`_festivals_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_festivals_v_rels_parent_idx\` ON \`_festivals_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_festivals_v_rels_path_idx\` ON \`_festivals_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_festivals_v_rels_media_id_idx\` ON \`_festivals_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`series_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`series_rels_order_idx\` ON \`series_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`series_rels_parent_idx\` ON \`series_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`series_rels_path_idx\` ON \`series_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`series_rels_media_id_idx\` ON \`series_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_series_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_series_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_series_v_rels_order_idx\` ON \`_series_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_series_v_rels_parent_idx\` ON \`_series_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_series_v_rels_path_idx\` ON \`_series_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_series_v_rels_media_id_idx\` ON \`_series_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_media_id_idx\` ON \`pages_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_order_idx\` ON \`_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_parent_idx\` ON \`_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_path_idx\` ON \`_pages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_media_id_idx\` ON \`_pages_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`edit_scope\` text DEFAULT 'unused';`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_edit_scope_idx\` ON \`media\` (\`edit_scope\`);`)
  await db.run(sql`ALTER TABLE \`issues_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`issues_rels_media_id_idx\` ON \`issues_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_issues_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_media_id_idx\` ON \`_issues_v_rels\` (\`media_id\`);`)
  // Documents written before get their media flags from `npm start` (refreshMediaVisibility in
  // scripts/lib/production/prepare.ts), once the schema is complete: a data step here would read
  // through the Local API with columns that later migrations add.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contributors_rels\`;`)
  await db.run(sql`DROP TABLE \`_contributors_v_rels\`;`)
  await db.run(sql`DROP TABLE \`journals_rels\`;`)
  await db.run(sql`DROP TABLE \`_journals_v_rels\`;`)
  await db.run(sql`DROP TABLE \`festivals_rels\`;`)
  await db.run(sql`DROP TABLE \`_festivals_v_rels\`;`)
  await db.run(sql`DROP TABLE \`series_rels\`;`)
  await db.run(sql`DROP TABLE \`_series_v_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_issues_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`issues_rels\`;`)
  await db.run(sql`DROP TABLE \`issues_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_issues_rels\` RENAME TO \`issues_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`issues_rels_order_idx\` ON \`issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_parent_idx\` ON \`issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_path_idx\` ON \`issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_articles_id_idx\` ON \`issues_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__issues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__issues_v_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`_issues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_issues_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__issues_v_rels\` RENAME TO \`_issues_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_order_idx\` ON \`_issues_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_parent_idx\` ON \`_issues_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_path_idx\` ON \`_issues_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_articles_id_idx\` ON \`_issues_v_rels\` (\`articles_id\`);`)
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`DROP INDEX \`media_edit_scope_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`edit_scope\`;`)
}
