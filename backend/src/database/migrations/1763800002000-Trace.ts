import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columns, index } from '../migration-columns';

// The vocabularies as they stood when this migration was written (a migration never follows later code).
const enumOf = (values: string[]) => Object.fromEntries(values.map((v) => [v, v]));
const EVENT_TYPES = ['OBJECT', 'AGGREGATION', 'TRANSFORMATION', 'TRANSACTION'];
const ACTIONS = ['ADD', 'OBSERVE', 'DELETE'];
const BIZ_STEPS = ['commissioning', 'harvesting', 'sampling', 'inspecting', 'packing', 'storing', 'loading', 'shipping', 'arriving', 'receiving', 'accepting', 'retail_selling', 'destroying'];
const DISPOSITIONS = ['active', 'in_progress', 'in_transit', 'conformant', 'non_conformant', 'container_closed', 'sellable_accessible', 'sellable_not_accessible', 'damaged', 'expired', 'recalled', 'destroyed'];

/** Batches (批次) with their trace codes, and their append-only EPCIS-style trace events. */
export class Trace1763800002000 implements MigrationInterface {
  name = 'Trace1763800002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'batches',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('supplierId'),
          c.uuidRef('productId'),
          c.uuidRef('supplyBaseId'),
          c.varchar('batchNo', 40),
          c.varchar('traceCode', 24),
          c.date('harvestDate'),
          c.int('quantity'),
          c.varchar('unit', 10),
          c.text('inspection', true),
          c.text('certificate'),
          c.uuidRef('createdById'),
        ],
        indices: [
          index('UQ_batches_supplier_batch_no', ['supplierId', 'batchNo'], true),
          index('IX_batches_supplier', ['supplierId', 'createdAt']),
          index('IX_batches_product', ['productId']),
          index('UQ_batches_trace_code', ['traceCode'], true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'trace_events',
        columns: [
          c.id(),
          ...c.timestamps(),
          c.uuidRef('batchId'),
          c.int('sequence'),
          c.enum('eventType', enumOf(EVENT_TYPES)),
          c.enum('action', enumOf(ACTIONS)),
          c.enum('bizStep', enumOf(BIZ_STEPS)),
          c.enum('disposition', enumOf(DISPOSITIONS)),
          c.instant('eventTime'),
          c.varchar('eventTimeZoneOffset', 6),
          c.varchar('readPoint', 200, true),
          c.varchar('bizLocation', 200, true),
          c.varchar('bizLocationDivisionCode', 6, true),
          c.int('quantity', true),
          c.varchar('note', 500, true),
          c.uuidRef('recordedById'),
          c.uuidRef('correctsEventId', true),
        ],
        indices: [index('UQ_trace_events_batch_seq', ['batchId', 'sequence'], true), index('UQ_trace_events_corrects', ['correctsEventId'], true)],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('trace_events');
    await queryRunner.dropTable('batches');
  }
}
