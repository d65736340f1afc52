import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantColumn } from '../database/dialect';

/** One login try, kept in the database so throttling holds across several backend processes. */
@Entity('login_attempts')
@Index('IX_login_attempts_phone', ['phone', 'attemptedAt'])
@Index('IX_login_attempts_ip', ['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column(instantColumn())
  attemptedAt: Date;
}
