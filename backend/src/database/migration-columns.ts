import { QueryRunner, TableColumnOptions, TableIndexOptions } from 'typeorm';
import { UUID_LENGTH } from './dialect';

/**
 * Column builders for migrations. Migrations are written once and run on SQLite and MySQL/MariaDB;
 * the few column types whose spelling differs between the two are decided here and nowhere else.
 * They mirror the entity helpers in dialect.ts, and the schema-drift test proves the two agree.
 */
export function columns(queryRunner: QueryRunner) {
  const mysql = queryRunner.connection.driver.options.type === 'mysql' || queryRunner.connection.driver.options.type === 'mariadb';
  const opt = (nullable?: boolean) => ({ isNullable: nullable === true });
  return {
    mysql,
    id: (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: String(UUID_LENGTH), isPrimary: true }),
    serialId: (): TableColumnOptions => ({
      name: 'id',
      type: mysql ? 'int' : 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    }),
    uuidRef: (name: string, nullable?: boolean): TableColumnOptions => ({ name, type: 'varchar', length: String(UUID_LENGTH), ...opt(nullable) }),
    varchar: (name: string, length: number, nullable?: boolean): TableColumnOptions => ({ name, type: 'varchar', length: String(length), ...opt(nullable) }),
    text: (name: string, nullable?: boolean): TableColumnOptions => ({ name, type: 'text', ...opt(nullable) }),
    int: (name: string, nullable?: boolean): TableColumnOptions => ({ name, type: mysql ? 'int' : 'integer', ...opt(nullable) }),
    fen: (name: string, nullable?: boolean): TableColumnOptions => ({ name, type: 'bigint', ...opt(nullable) }),
    boolean: (name: string, nullable?: boolean): TableColumnOptions => ({ name, type: mysql ? 'tinyint' : 'boolean', ...opt(nullable) }),
    instant: (name: string, nullable?: boolean): TableColumnOptions => ({ name, type: 'datetime', precision: 3, ...opt(nullable) }),
    date: (name: string, nullable?: boolean): TableColumnOptions => ({ name, type: 'date', ...opt(nullable) }),
    enum: (name: string, values: Record<string, string>, defaultValue?: string, nullable?: boolean): TableColumnOptions => ({
      name,
      type: mysql ? 'enum' : 'varchar',
      enum: Object.values(values),
      isNullable: nullable === true,
      ...(defaultValue ? { default: `'${defaultValue}'` } : {}),
    }),
    /** createdAt + updatedAt, as BaseEntity declares them. */
    timestamps: (): TableColumnOptions[] => [
      { name: 'createdAt', type: 'datetime', precision: 3 },
      { name: 'updatedAt', type: 'datetime', precision: 3 },
    ],
  };
}

export const index = (name: string, columnNames: string[], isUnique = false): TableIndexOptions => ({ name, columnNames, isUnique });
