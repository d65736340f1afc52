import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ACTION_CODE } from './audit-actions';
import { AuditEntry } from './audit-entry.entity';

export interface AuditActor {
  userId: string | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, name: '系统' };

/**
 * Who acts, as services receive it: a Principal or user ({id, name}), a bare user id (older callers
 * such as the demo seeders; the name is then read from the users table), or null for the system.
 */
export type ActorRef = { id: string; name: string } | string | null | undefined;

export const actorIdOf = (ref: ActorRef): string | null => (ref == null ? null : typeof ref === 'string' ? ref : ref.id);

export function auditActor(ref: ActorRef): AuditActor {
  if (ref == null) return SYSTEM_ACTOR;
  return typeof ref === 'string' ? { userId: ref, name: '' } : { userId: ref.id, name: ref.name };
}

export interface AuditRecord {
  actor: AuditActor | ActorRef;
  action: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  agencyId?: string | null;
  supplierId?: string | null;
}

let lastMs = 0;
let seq = 0;

/**
 * A UUIDv7-style id: the millisecond, then a per-process counter, then randomness. Lines recorded in
 * the same millisecond (a sweep, a transaction with several lines) then sort by `at, id` in the order
 * they were written; the log lists newest first by exactly that.
 */
export function orderedId(ms: number): string {
  if (ms === lastMs) seq = (seq + 1) & 0xfff;
  else {
    lastMs = ms;
    seq = 0;
  }
  const t = ms.toString(16).padStart(12, '0');
  const r = randomBytes(8).toString('hex');
  const variant = (8 + (parseInt(r[0], 16) & 3)).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${seq.toString(16).padStart(3, '0')}-${variant}${r.slice(1, 4)}-${r.slice(4, 16)}`;
}

const isAuditActor = (a: AuditRecord['actor']): a is AuditActor => typeof a === 'object' && a !== null && 'userId' in a;

/** Keys whose values must never reach the log, however a caller builds its before/after. */
const SECRET = /password|secret|token|privatekey|apikey/i;

function json(v: Record<string, unknown> | null | undefined): string | null {
  if (!v) return null;
  return JSON.stringify(v, (k, x) => (k && SECRET.test(k) ? undefined : x));
}

/**
 * Writes audit lines. Pass the transaction's EntityManager when there is one, so the line commits
 * or rolls back with the change it describes (a refused change leaves no line). Lines are only ever
 * inserted: nothing in the code updates or deletes them, and the database refuses it too (triggers
 * of migration 1763900000500).
 */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    if (!ACTION_CODE.test(entry.action)) throw new Error(`audit action code ${entry.action} is malformed`);
    const m = manager ?? this.dataSource.manager;
    const actor = isAuditActor(entry.actor) ? entry.actor : auditActor(entry.actor);
    const name = actor.name || (actor.userId ? await this.nameOf(m, actor.userId) : SYSTEM_ACTOR.name);
    const at = new Date();
    await m.insert(AuditEntry, {
      id: orderedId(at.getTime()),
      at,
      actorUserId: actor.userId,
      actorName: name.slice(0, 60),
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId.slice(0, 64),
      summary: entry.summary.slice(0, 300),
      before: json(entry.before),
      after: json(entry.after),
      agencyId: entry.agencyId ?? null,
      supplierId: entry.supplierId ?? null,
    });
  }

  /** The display name of a user named only by id (the log keeps the name as it was at the time). */
  private async nameOf(m: EntityManager, userId: string): Promise<string> {
    const rows: { name: string }[] = await m.query('SELECT name FROM users WHERE id = ?', [userId]);
    return rows[0]?.name ?? userId;
  }
}
