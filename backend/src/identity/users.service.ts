import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { ActorRef, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { PasswordService } from './password.service';
import { Principal } from './principal';
import { AGENCY_ROLES, Role, ROLE_LABELS, SUPPLIER_ROLES } from './role';
import { User, UserStatus } from './user.entity';

export interface NewUser {
  phone: string;
  name: string;
  password: string;
  roles: Role[];
  agencyId?: string | null;
  supplierId?: string | null;
}

/**
 * Checks that a user belongs to exactly the organisations its roles need: agency roles need an
 * agency, supplier roles a supplier, and one account never spans an agency and a supplier.
 */
export function checkMembership(roles: Role[], agencyId?: string | null, supplierId?: string | null): void {
  const needsAgency = roles.some((r) => AGENCY_ROLES.includes(r));
  const needsSupplier = roles.some((r) => SUPPLIER_ROLES.includes(r));
  if (needsAgency && needsSupplier) throw AppError.badRequest('ROLE_CONFLICT', '同一账号不能同时属于预算单位和供应商');
  if (needsAgency !== Boolean(agencyId)) {
    throw AppError.badRequest('MEMBERSHIP_MISMATCH', needsAgency ? '单位角色必须指定所属预算单位' : '该账号的角色不需要所属预算单位');
  }
  if (needsSupplier !== Boolean(supplierId)) {
    throw AppError.badRequest('MEMBERSHIP_MISMATCH', needsSupplier ? '供应商角色必须指定所属供应商' : '该账号的角色不需要所属供应商');
  }
}

export interface UserFilter {
  role?: Role;
  agencyId?: string;
  supplierId?: string;
  status?: UserStatus | 'ACTIVE' | 'DISABLED';
  q?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly passwords: PasswordService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Creates an account. With an actor (an operator creating an organisation's account) the creation
   * is audited in the same transaction; self-registration of citizens is not an operator decision.
   */
  async create(input: NewUser, actor?: ActorRef): Promise<User> {
    const user = await this.prepare(input);
    if (!actor) return this.insert(user);
    return this.dataSource.transaction(async (m) => {
      const saved = await this.insert(user, m);
      await this.audit.record({
        actor, action: 'user.create', subjectType: 'user', subjectId: saved.id, agencyId: saved.agencyId, supplierId: saved.supplierId,
        summary: `创建账号「${saved.name}」（${saved.phone}，${saved.roles.map((r) => ROLE_LABELS[r]).join('、')}）`,
        after: { phone: saved.phone, name: saved.name, roles: saved.roles, agencyId: saved.agencyId, supplierId: saved.supplierId, status: saved.status },
      }, m);
      return saved;
    });
  }

  /**
   * A checked, password-hashed user that is not saved yet, with its id chosen. Lets a caller hash
   * outside its transaction and then `insert` the user together with other rows (supplier admission).
   */
  async prepare(input: NewUser): Promise<User> {
    checkMembership(input.roles, input.agencyId, input.supplierId);
    return this.repo.create({
      id: randomUUID(),
      phone: input.phone,
      name: input.name.trim(),
      passwordHash: await this.passwords.hash(input.password),
      roles: [...new Set(input.roles)],
      agencyId: input.agencyId ?? null,
      supplierId: input.supplierId ?? null,
      status: UserStatus.ACTIVE,
    });
  }

  /** Saves a prepared user, with the caller's transaction manager when given. */
  async insert(user: User, manager?: EntityManager): Promise<User> {
    try {
      return await (manager ? manager.getRepository(User) : this.repo).save(user);
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('PHONE_TAKEN', '该手机号已注册');
      throw err;
    }
  }

  findByPhone(phone: string): Promise<User | null> {
    return this.repo.findOneBy({ phone });
  }

  async get(id: string): Promise<User> {
    const user = await this.repo.findOneBy({ id });
    if (!user) throw AppError.notFound('用户');
    return user;
  }

  async findActivePrincipal(id: string): Promise<Principal | null> {
    const u = await this.repo.findOneBy({ id, status: UserStatus.ACTIVE });
    return u ? toPrincipal(u) : null;
  }

  /** Accounts by role, organisation, status and name/phone, a page at a time (oldest first). */
  async list(filter: UserFilter, page = 1, pageSize = 50): Promise<{ items: User[]; total: number }> {
    const qb = this.repo.createQueryBuilder('u');
    if (filter.agencyId) qb.andWhere('u.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.supplierId) qb.andWhere('u.supplierId = :supplierId', { supplierId: filter.supplierId });
    if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
    if (filter.role) {
      // roles is a comma-separated list (simple-array): match the role as a whole item.
      const r = filter.role;
      qb.andWhere(new Brackets((w) => w.where('u.roles = :r0', { r0: r }).orWhere('u.roles LIKE :r1', { r1: `${r},%` }).orWhere('u.roles LIKE :r2', { r2: `%,${r}` }).orWhere('u.roles LIKE :r3', { r3: `%,${r},%` })));
    }
    if (filter.q) {
      const like = `%${filter.q.trim().replace(/[!%_]/g, (c) => `!${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where("u.name LIKE :q ESCAPE '!'", { q: like }).orWhere("u.phone LIKE :q ESCAPE '!'", { q: like })));
    }
    const [items, total] = await qb.orderBy('u.createdAt', 'ASC').addOrderBy('u.id', 'ASC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items, total };
  }

  /**
   * Disables (停用) or re-enables an account. The guard reads the user on every request, so a
   * disabled account's tokens stop at once; login refuses it. One conditional UPDATE on the status
   * read, audited in the same transaction; an operator can't disable their own account.
   */
  async setStatus(id: string, status: UserStatus, actor?: { id: string; name: string }, reason?: string): Promise<User> {
    const user = await this.get(id);
    if (user.status === status) return user;
    if (actor && actor.id === id && status === UserStatus.DISABLED) throw AppError.badRequest('CANNOT_DISABLE_SELF', '不能停用自己的账号');
    await this.dataSource.transaction(async (m) => {
      const res = await m.update(User, { id, status: user.status }, { status, updatedAt: new Date() });
      if (res.affected !== 1) throw AppError.conflict('STALE_STATUS', '账号状态已被他人修改，请刷新后重试');
      await this.audit.record({
        actor: actor ?? null, action: status === UserStatus.DISABLED ? 'user.disable' : 'user.enable', subjectType: 'user', subjectId: id, agencyId: user.agencyId, supplierId: user.supplierId,
        summary: `${status === UserStatus.DISABLED ? '停用' : '启用'}账号「${user.name}」（${user.phone}）${reason ? `：${reason.trim()}` : ''}`,
        before: { status: user.status }, after: { status, ...(reason ? { reason: reason.trim() } : {}) },
      }, m);
    });
    return this.get(id);
  }

  /** Replaces an account's roles (and the organisation they need), audited before/after. */
  async setRoles(id: string, change: { roles: Role[]; agencyId?: string | null; supplierId?: string | null }, actor: { id: string; name: string }): Promise<User> {
    const user = await this.get(id);
    const roles = [...new Set(change.roles)];
    checkMembership(roles, change.agencyId, change.supplierId);
    if (actor.id === id && user.roles.includes(Role.OPERATOR) && !roles.includes(Role.OPERATOR)) {
      throw AppError.badRequest('CANNOT_DEMOTE_SELF', '不能取消自己的平台运营角色');
    }
    const before = { roles: user.roles, agencyId: user.agencyId, supplierId: user.supplierId };
    const after = { roles, agencyId: change.agencyId ?? null, supplierId: change.supplierId ?? null };
    if (JSON.stringify(before) === JSON.stringify(after)) return user;
    await this.dataSource.transaction(async (m) => {
      // Conditional on the roles read, so two operators changing them at once cannot both succeed.
      const res = await m.createQueryBuilder().update(User).set({ ...after, updatedAt: new Date() })
        .where('id = :id AND roles = :stored', { id, stored: user.roles.join(',') }).execute();
      if (res.affected !== 1) throw AppError.conflict('STALE_ROLES', '账号角色已被他人修改，请刷新后重试');
      await this.audit.record({
        actor, action: 'user.roles', subjectType: 'user', subjectId: id, agencyId: after.agencyId ?? user.agencyId, supplierId: after.supplierId ?? user.supplierId,
        summary: `修改账号「${user.name}」的角色：${user.roles.map((r) => ROLE_LABELS[r]).join('、')} → ${roles.map((r) => ROLE_LABELS[r]).join('、')}`,
        before, after,
      }, m);
    });
    return this.get(id);
  }

  /** Display names by user id, for histories that record only the actor's id. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const users = ids.length ? await this.repo.find({ select: { id: true, name: true }, where: { id: In(ids) } }) : [];
    return new Map(users.map((u) => [u.id, u.name]));
  }

  async countByIds(ids: string[]): Promise<number> {
    return ids.length ? this.repo.countBy({ id: In(ids) }) : 0;
  }
}

export function toPrincipal(u: User): Principal {
  return { id: u.id, name: u.name, roles: u.roles, agencyId: u.agencyId, supplierId: u.supplierId };
}
