import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns } from '../migration-columns';

/** The synonym groups the shop starts with; operators edit them (PUT /api/admin/search/synonyms). */
const DEFAULT_GROUPS = [
  ['沙糖桔', '砂糖橘', '砂糖桔', '沙糖橘'],
  ['桔', '橘'],
  ['柑', '桔'],
  ['芒果', '杧果'],
  ['猕猴桃', '奇异果'],
  ['马铃薯', '土豆', '洋芋'],
  ['红薯', '番薯', '地瓜'],
  ['火麻油', '火麻仁油'],
  ['腊肉', '腊味'],
  ['毛尖', '毛尖茶'],
];

/** Search: the operators' synonym groups (the index itself lives in the engine, not in the database). */
export class Search1763800003000 implements MigrationInterface {
  name = 'Search1763800003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(new Table({ name: 'search_synonyms', columns: [c.id(), ...c.timestamps(), c.text('terms'), c.uuidRef('updatedById', true)] }));
    // Plain SQL (the same `?` placeholders on both databases): a migration never goes through today's entities.
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    for (const terms of DEFAULT_GROUPS) {
      await queryRunner.query('INSERT INTO search_synonyms (id, createdAt, updatedAt, terms, updatedById) VALUES (?, ?, ?, ?, NULL)', [randomUUID(), now, now, JSON.stringify(terms)]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('search_synonyms');
  }
}
