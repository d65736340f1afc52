import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { UUID_LENGTH } from '../../database/dialect';

/** How a reminder reached the agency. Only the in-app notice exists; SMS would be a SmsSender (not wired). */
export enum ReminderChannel {
  IN_APP = 'IN_APP',
}

/** An operator's reminder to an agency that has not filed its yearly declaration (催报). */
@Entity('declaration_reminders')
@Index('IX_declaration_reminders_agency', ['agencyId', 'year', 'createdAt'])
export class DeclarationReminder extends BaseEntity {
  @Column({ type: 'varchar', length: UUID_LENGTH })
  agencyId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'simple-enum', enum: ReminderChannel })
  channel: ReminderChannel;

  @Column({ type: 'varchar', length: 300 })
  message: string;

  @Column({ type: 'varchar', length: UUID_LENGTH })
  sentByUserId: string;

  @Column({ type: 'varchar', length: 60 })
  sentByName: string;
}
