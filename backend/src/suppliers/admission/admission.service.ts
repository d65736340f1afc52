import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { AuthService } from '../../identity/auth.service';
import { Role } from '../../identity/role';
import { UsersService } from '../../identity/users.service';
import { SupplierApplicationDto, SupplierApplicationResult } from '../dto';
import { duplicateSupplier, SuppliersService } from '../suppliers.service';

/**
 * A co-op, enterprise or family farm applies: its Supplier (PENDING, with a SUBMIT decision) and
 * its first staff account are created in one transaction, so there is never a supplier without an
 * account or an account without its supplier. The applicant is signed in at once and can follow
 * (and correct) the application under /supplier/profile.
 */
@Injectable()
export class AdmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  async apply(dto: SupplierApplicationDto): Promise<SupplierApplicationResult> {
    const { account, ...profile } = dto;
    // Cheap refusals first, before hashing a password.
    if (await this.suppliers.isCreditCodeTaken(dto.creditCode)) throw duplicateSupplier();
    if (await this.users.findByPhone(account.phone)) throw AppError.conflict('PHONE_TAKEN', '该手机号已注册');
    const supplierId = randomUUID();
    await this.suppliers.checkProfile(profile, supplierId);
    const user = await this.users.prepare({ ...account, roles: [Role.SUPPLIER_STAFF], supplierId });
    await this.dataSource.transaction(async (m) => {
      await this.suppliers.insertApplication(m, supplierId, profile, { id: user.id, name: user.name });
      await this.users.insert(user, m);
    });
    return { ...this.auth.session(user), supplier: await this.suppliers.detail(supplierId) };
  }
}
