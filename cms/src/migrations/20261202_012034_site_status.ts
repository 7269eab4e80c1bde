import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_status_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text,
  	\`slug\` text,
  	\`field\` text,
  	\`message_zh\` text,
  	\`message_en\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_status\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_status_problems_order_idx\` ON \`site_status_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_status_problems_parent_id_idx\` ON \`site_status_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_status_held_back\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text,
  	\`slug\` text,
  	\`field\` text,
  	\`message_zh\` text,
  	\`message_en\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_status\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_status_held_back_order_idx\` ON \`site_status_held_back\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_status_held_back_parent_id_idx\` ON \`site_status_held_back\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'live',
  	\`pending_since\` text,
  	\`last_success_started_at\` text,
  	\`last_success_finished_at\` text,
  	\`last_success_seconds\` numeric,
  	\`last_attempt_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_status_problems\`;`)
  await db.run(sql`DROP TABLE \`site_status_held_back\`;`)
  await db.run(sql`DROP TABLE \`site_status\`;`)
}
