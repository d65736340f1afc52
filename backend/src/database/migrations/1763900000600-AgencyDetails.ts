import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columns } from '../migration-columns';
import { AgencyLevel } from '../../procurement/agency.entity';
import { CanteenKind } from '../../procurement/canteen.entity';

/** Agencies' level; canteens' kind, contractor and delivery contact. */
export class AgencyDetails1763900000600 implements MigrationInterface {
  name = 'AgencyDetails1763900000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('agencies', new TableColumn(c.enum('level', AgencyLevel, AgencyLevel.DISTRICT)));
    await queryRunner.addColumns('canteens', [
      new TableColumn(c.enum('kind', CanteenKind, CanteenKind.OWN)),
      new TableColumn(c.varchar('contractorName', 100, true)),
      new TableColumn(c.uuidRef('contractorUserId', true)),
      new TableColumn(c.varchar('contactName', 40, true)),
      new TableColumn(c.varchar('contactPhone', 20, true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['contactPhone', 'contactName', 'contractorUserId', 'contractorName', 'kind']) await queryRunner.dropColumn('canteens', name);
    await queryRunner.dropColumn('agencies', 'level');
  }
}
