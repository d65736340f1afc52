import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { UuidParam } from '../../common/uuid-param';
import { inTransaction } from '../../database/transaction';
import { CurrentUser, OrgScope, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { AGENCY_ROLES, Role } from '../../identity/role';
import { UsersService } from '../../identity/users.service';
import { AgenciesService, canteenView } from '../agencies.service';
import { CanteenKind } from '../canteen.entity';
import { AgencyMemberList, CanteenView, ContractorAccountDto } from '../dto';

/**
 * An agency's people: its members, and the buyer account of an outsourced canteen's contractor.
 * It lives here, not in ProcurementModule, because it needs identity's UsersService and identity
 * already imports ProcurementModule (the reverse import would be a cycle).
 */
@ApiTags('agencies')
@Controller('agencies/:agencyId')
@Roles(Role.AGENCY_MANAGER, Role.OPERATOR)
@OrgScope('agency', 'agencyId')
export class AgencyAccountsController {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('members')
  @ApiOkResponse({ type: AgencyMemberList, description: '本单位的采购员、审批人、管理员（含外包食堂承包方账号）' })
  async members(@Param('agencyId', UuidParam('预算单位')) agencyId: string): Promise<AgencyMemberList> {
    const agency = await this.agencies.view(agencyId);
    const contractorOf = new Map(agency.canteens.filter((c) => c.contractorUserId).map((c) => [c.contractorUserId!, c.id]));
    const { items: users } = await this.users.list({ agencyId }, 1, 500);
    return {
      items: users.map((u) => ({
        id: u.id,
        name: u.name,
        phone: u.phone,
        roles: u.roles.filter((r) => AGENCY_ROLES.includes(r)),
        status: u.status,
        contractorOfCanteenId: contractorOf.get(u.id) ?? null,
      })),
    };
  }

  /**
   * Opens a CANTEEN_BUYER account for the contractor of an outsourced canteen: the account and the
   * link are written in one transaction, and the link is conditional (one contractor account per canteen).
   */
  @Post('canteens/:canteenId/contractor')
  @ApiCreatedResponse({ type: CanteenView, description: '外包食堂的承包方采购账号（只能为该食堂下单）；手机号已注册 409' })
  async contractor(
    @CurrentUser() me: Principal,
    @Param('agencyId', UuidParam('预算单位')) agencyId: string,
    @Param('canteenId', UuidParam('食堂')) canteenId: string,
    @Body() dto: ContractorAccountDto,
  ): Promise<CanteenView> {
    const canteen = await this.agencies.getCanteen(agencyId, canteenId);
    if (canteen.kind !== CanteenKind.OUTSOURCED) throw AppError.badRequest('NOT_OUTSOURCED', '只有外包食堂才能开通承包方账号');
    if (canteen.contractorUserId) throw AppError.conflict('CONTRACTOR_ACCOUNT_EXISTS', '该食堂已有承包方采购账号');
    // Hash outside the transaction (argon2 is slow); insert and link inside it.
    const user = await this.users.prepare({ phone: dto.phone, name: dto.name, password: dto.password, roles: [Role.CANTEEN_BUYER], agencyId });
    await inTransaction(this.dataSource, async (m) => {
      await this.users.insert(user, m);
      await this.agencies.linkContractor(m, agencyId, canteenId, user.id, { userId: me.id, name: me.name });
    });
    return canteenView(await this.agencies.getCanteen(agencyId, canteenId));
  }
}
