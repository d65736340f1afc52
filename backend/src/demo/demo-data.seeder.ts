import { Injectable, Logger } from '@nestjs/common';
import { creditCodeCheckChar } from '../common/credit-code';
import { Role } from '../identity/role';
import { UsersService } from '../identity/users.service';
import { AgenciesService } from '../procurement/agencies.service';
import { SuppliersService } from '../suppliers/suppliers.service';

export const DEMO_PASSWORD = 'Demo@2026';

const withCheckChar = (first17: string) => first17 + creditCodeCheckChar(first17);

/**
 * Demo organisations and the contract's demo accounts. Loaded only when SEED_DEMO is on (never in
 * production) and only once: the operator account's phone marks the demo as present.
 */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly suppliers: SuppliersService,
  ) {}

  async seed(): Promise<void> {
    if (await this.users.findByPhone('13800000001')) return;
    const agency = await this.agencies.create({
      name: '深圳市福田区机关事务管理局',
      divisionCode: '440304',
      creditCode: withCheckChar('11440304MB2C12345'),
      canteens: [{ name: '福田区机关第一食堂', address: '深圳市福田区福中三路市民中心' }],
    });
    const mango = await this.suppliers.createAdmitted({
      name: '田东县祥周镇芒果种植专业合作社',
      creditCode: withCheckChar('93451022MA5N2XK41'),
      countyCode: '451022',
    });
    const bama = await this.suppliers.createAdmitted({
      name: '巴马瑶族自治县长寿源农业专业合作社',
      creditCode: withCheckChar('93451227MA5P7LQ23'),
      countyCode: '451227',
    });
    const accounts = [
      { phone: '13800000001', name: '王立群', roles: [Role.OPERATOR] },
      { phone: '13800000002', name: '黄春燕', roles: [Role.SUPPLIER_STAFF], supplierId: mango.id },
      { phone: '13800000003', name: '李建国', roles: [Role.CANTEEN_BUYER], agencyId: agency.id },
      { phone: '13800000004', name: '张慧敏', roles: [Role.AGENCY_APPROVER], agencyId: agency.id },
      { phone: '13800000005', name: '陈小梅', roles: [Role.CITIZEN] },
      { phone: '13800000006', name: '韦德明', roles: [Role.SUPPLIER_STAFF], supplierId: bama.id },
      { phone: '13800000007', name: '刘志强', roles: [Role.AGENCY_MANAGER], agencyId: agency.id },
    ];
    // Users go in one after another; the operator's phone, which marks the demo as loaded, goes in last.
    for (const a of [...accounts.slice(1), accounts[0]]) await this.users.create({ ...a, password: DEMO_PASSWORD });
    this.logger.log(`demo data loaded: ${accounts.length} accounts (password ${DEMO_PASSWORD})`);
  }
}
