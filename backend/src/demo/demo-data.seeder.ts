import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Role } from '../identity/role';
import { toPrincipal, UsersService } from '../identity/users.service';
import { AgenciesService } from '../procurement/agencies.service';
import { DemoCatalogSeeder, withCheckChar } from './demo-catalog.seeder';
import { DEMO_COOPS } from './demo-catalog.data';
import { DemoHistorySeeder } from './demo-history.seeder';
import { DemoPromotionsSeeder } from './demo-promotions.seeder';
import { DemoProcurementSeeder } from './demo-procurement.seeder';

export const DEMO_PASSWORD = 'Demo@2026';

/**
 * Demo organisations, the contract's demo accounts, and the demo catalog. Loaded only when
 * SEED_DEMO is on (never in production) and only into a database without the demo operator
 * (13800000001), which is created first and marks the demo as loaded. The demo's sales history
 * follows once the application has started (DemoHistorySeeder says why then), unless
 * SEED_DEMO_HISTORY is off.
 */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly catalog: DemoCatalogSeeder,
    private readonly promotions: DemoPromotionsSeeder,
    private readonly procurement: DemoProcurementSeeder,
    private readonly history: DemoHistorySeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    if (await this.users.findByPhone('13800000001')) return;
    const operator = toPrincipal(await this.users.create({ phone: '13800000001', name: '王立群', password: DEMO_PASSWORD, roles: [Role.OPERATOR] }));
    const agency = await this.agencies.create({
      name: '深圳市福田区机关事务管理局',
      divisionCode: '440304',
      creditCode: withCheckChar('11440304MB2C12345'),
      canteens: [{ name: '福田区机关第一食堂', address: '深圳市福田区福中三路市民中心' }],
    });
    const people = [
      { phone: '13800000003', name: '李建国', roles: [Role.CANTEEN_BUYER], agencyId: agency.id },
      { phone: '13800000004', name: '张慧敏', roles: [Role.AGENCY_APPROVER], agencyId: agency.id },
      { phone: '13800000005', name: '陈小梅', roles: [Role.CITIZEN] },
      { phone: '13800000007', name: '刘志强', roles: [Role.AGENCY_MANAGER], agencyId: agency.id },
    ];
    for (const p of people) await this.users.create({ ...p, password: DEMO_PASSWORD });
    await this.procurement.seed(agency.id, DEMO_PASSWORD); // this year's declaration; 深圳市南山区教育局 (11, 12)
    // Supplier staff (13800000002, 13800000006, …) are created with their co-ops.
    const coops = await this.catalog.seed(operator, DEMO_PASSWORD);
    await this.promotions.seed(operator); // 13800000005 holds an unused union coupon
    const products = [...coops.values()].reduce((n, c) => n + c.productIds.length, 0);
    this.logger.log(`demo data loaded: ${people.length + 1 + DEMO_COOPS.length} accounts, ${DEMO_COOPS.length} co-ops, ${products} listed products (password ${DEMO_PASSWORD})`);
    if (this.config.seedDemoHistory) this.history.loadOnStart(DEMO_PASSWORD);
  }
}
