import { Injectable } from '@nestjs/common';
import { Role } from '../identity/role';
import { UsersService } from '../identity/users.service';
import { AgenciesService } from '../procurement/agencies.service';
import { AgencyLevel } from '../procurement/agency.entity';
import { CanteenKind } from '../procurement/canteen.entity';
import { DeclarationsService } from '../procurement/quota/declarations.service';
import { currentQuotaYear } from '../procurement/quota/quota-year';

/**
 * The quota side of the demo: this year's declaration of 深圳市福田区机关事务管理局 (¥1,200,000 of
 * canteen produce; under Guangdong's 30% that reserves ¥360,000), and a second agency,
 * 深圳市南山区教育局 with its own canteen, manager 13800000011, buyer 13800000012 and approver
 * 13800000013 (it approves every order, as 福田 does), so the operators' ranking has more than one row
 * and both agencies have a procurement history (DemoHistorySeeder).
 */
@Injectable()
export class DemoProcurementSeeder {
  constructor(
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly declarations: DeclarationsService,
  ) {}

  async seed(futianAgencyId: string, password: string): Promise<void> {
    const year = currentQuotaYear();
    const futianManager = await this.users.findByPhone('13800000007');
    if (futianManager) {
      await this.declarations.file(
        futianAgencyId,
        year,
        { hasCanteen: true, annualAgriSpendFen: 120_000_000, remarks: '福田区机关第一食堂（自办），按上年食材采购额测算' },
        { userId: futianManager.id, name: futianManager.name, onBehalf: false },
      );
    }
    const nanshan = await this.agencies.create({
      name: '深圳市南山区教育局',
      divisionCode: '440305',
      level: AgencyLevel.DISTRICT,
      canteens: [{ name: '南山区教育局机关食堂', address: '深圳市南山区南头街道南山大道2076号', kind: CanteenKind.OWN, contactName: '黄国栋', contactPhone: '13800000012' }],
    });
    const manager = await this.users.create({ phone: '13800000011', name: '周晓岚', password, roles: [Role.AGENCY_MANAGER], agencyId: nanshan.id });
    await this.users.create({ phone: '13800000012', name: '黄国栋', password, roles: [Role.CANTEEN_BUYER], agencyId: nanshan.id });
    await this.users.create({ phone: '13800000013', name: '林婉清', password, roles: [Role.AGENCY_APPROVER], agencyId: nanshan.id });
    await this.declarations.file(
      nanshan.id,
      year,
      { hasCanteen: true, annualAgriSpendFen: 80_000_000, remarks: '局机关食堂（自办）' },
      { userId: manager.id, name: manager.name, onBehalf: false },
    );
  }
}
