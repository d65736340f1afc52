import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentUser, OrgScope, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { CreateStandingOrderDto, StandingOrderList, StandingOrderView, UpdateStandingOrderDto } from './dto';
import { StandingOrdersService } from './standing-orders.service';

const AgencyId = () => Param('agencyId', UuidParam('预算单位'));
const AgreementId = () => Param('id', UuidParam('定向直供协议'));
const StandingOrderId = () => Param('soId', UuidParam('周期订单'));

/** Standing weekly orders under an agreement, kept by the agency's buyers and managers. */
@ApiTags('agency: agreements')
@Controller('agencies/:agencyId/agreements/:id/standing-orders')
@Roles(Role.CANTEEN_BUYER, Role.AGENCY_MANAGER)
@OrgScope('agency', 'agencyId')
export class StandingOrdersController {
  constructor(private readonly standing: StandingOrdersService) {}

  @Post()
  @ApiCreatedResponse({ type: StandingOrderView, description: '设置每周固定送达的周期订单：送达日前 leadDays 天自动按协议价下单' })
  async create(@AgencyId() agencyId: string, @AgreementId() id: string, @CurrentUser() me: Principal, @Body() dto: CreateStandingOrderDto): Promise<StandingOrderView> {
    return this.standing.view(await this.standing.create(agencyId, id, me, dto));
  }

  @Get()
  @ApiOkResponse({ type: StandingOrderList })
  async list(@AgencyId() agencyId: string, @AgreementId() id: string): Promise<StandingOrderList> {
    return { items: (await this.standing.list(agencyId, id)).map((so) => this.standing.view(so)) };
  }

  @Get(':soId')
  @ApiOkResponse({ type: StandingOrderView })
  async get(@AgencyId() agencyId: string, @AgreementId() id: string, @StandingOrderId() soId: string): Promise<StandingOrderView> {
    return this.standing.view(await this.standing.get(agencyId, id, soId));
  }

  @Patch(':soId')
  @ApiOkResponse({ type: StandingOrderView, description: '暂停（active=false）、恢复（active=true）或修改周期订单' })
  async update(
    @AgencyId() agencyId: string,
    @AgreementId() id: string,
    @StandingOrderId() soId: string,
    @CurrentUser() me: Principal,
    @Body() dto: UpdateStandingOrderDto,
  ): Promise<StandingOrderView> {
    return this.standing.view(await this.standing.update(agencyId, id, soId, me, dto));
  }
}
