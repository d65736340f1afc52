import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { PasswordService } from './password.service';
import { Principal } from './principal';
import { AGENCY_ROLES, Role, SUPPLIER_ROLES } from './role';
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

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly passwords: PasswordService,
  ) {}

  async create(input: NewUser): Promise<User> {
    return this.insert(await this.prepare(input));
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

  async list(filter: { role?: Role; agencyId?: string; supplierId?: string }): Promise<User[]> {
    const where: Record<string, unknown> = {};
    if (filter.agencyId) where.agencyId = filter.agencyId;
    if (filter.supplierId) where.supplierId = filter.supplierId;
    const users = await this.repo.find({ where, order: { createdAt: 'ASC' }, take: 500 });
    return filter.role ? users.filter((u) => u.roles.includes(filter.role!)) : users;
  }

  async setStatus(id: string, status: UserStatus): Promise<User> {
    const user = await this.get(id);
    user.status = status;
    return this.repo.save(user);
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
