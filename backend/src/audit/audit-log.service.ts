import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

export interface AuditActor {
  userId: string | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, name: '系统' };

export interface AuditRecord {
  actor: AuditActor;
  action: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  agencyId?: string | null;
  supplierId?: string | null;
}

/**
 * Writes audit lines. Pass the transaction's EntityManager when there is one, so the line commits
 * or rolls back with the change it describes (a refused change leaves no line).
 */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const m = manager ?? this.dataSource.manager;
    const now = new Date();
    await m.insert(AuditEntry, {
      id: randomUUID(),
      at: now,
      actorUserId: entry.actor.userId,
      actorName: entry.actor.name.slice(0, 60),
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      summary: entry.summary.slice(0, 300),
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
      agencyId: entry.agencyId ?? null,
      supplierId: entry.supplierId ?? null,
    });
  }
}
