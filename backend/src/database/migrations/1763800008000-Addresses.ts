import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

/** Members' address books (收货地址), chosen at checkout. */
export class Addresses1763800008000 implements MigrationInterface {
  name = 'Addresses1763800008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'addresses',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('userId'),
          c.varchar('name', 40),
          c.varchar('phone', 20),
          c.varchar('region', 100),
          c.varchar('detail', 200),
          c.boolean('isDefault'),
        ],
        indices: [index('IX_addresses_user', ['userId'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('addresses');
  }
}
