import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentSupplierId, CurrentUser, OrgScope, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { AgreementOrders, orderViews } from './agreement-orders.service';
import { AgreementsService } from './agreements.service';
import { AdminAgreementListQuery, AgreementList, AgreementListQuery, AgreementOrderDto, AgreementOrderResult, AgreementView, AgreementOptionalReasonDto, ProposeAgreementDto, AgreementReasonDto } from './dto';

const AgreementId = () => Param('id', UuidParam('定向直供协议'));
const AgencyId = () => Param('agencyId', UuidParam('预算单位'));

/** An agency's direct-supply agreements (定向直供); another agency's ids answer 404. */
@ApiTags('agency: agreements')
@Controller('agencies/:agencyId/agreements')
export class AgencyAgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly orders: AgreementOrders,
  ) {}

  @Post()
  @Roles(Role.AGENCY_MANAGER)
  @OrgScope('agency', 'agencyId')
  @ApiCreatedResponse({ type: AgreementView, description: '单位管理员向一家供应商提出定向直供协议（商品、协议价、有效期），待供应商确认' })
  async propose(@AgencyId() agencyId: string, @CurrentUser() me: Principal, @Body() dto: ProposeAgreementDto): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.propose(agencyId, me, dto));
  }

  @Get()
  @Roles(Role.CANTEEN_BUYER, Role.AGENCY_APPROVER, Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: AgreementList })
  async list(@AgencyId() agencyId: string, @Query() q: AgreementListQuery): Promise<AgreementList> {
    return { items: await this.agreements.views(await this.agreements.list({ agencyId, status: q.status })) };
  }

  @Get(':id')
  @Roles(Role.CANTEEN_BUYER, Role.AGENCY_APPROVER, Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: AgreementView })
  async get(@AgencyId() agencyId: string, @AgreementId() id: string): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.require({ agencyId }, id));
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles(Role.AGENCY_MANAGER)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: AgreementView, description: '提前终止生效中的协议（须填写原因）；其周期订单随之停止' })
  async end(@AgencyId() agencyId: string, @AgreementId() id: string, @CurrentUser() me: Principal, @Body() dto: AgreementReasonDto): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.end({ agencyId }, me, id, dto.reason));
  }

  @Post(':id/orders')
  @Roles(Role.CANTEEN_BUYER)
  @OrgScope('agency', 'agencyId')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '每次下单唯一；重试时带同一个值与同样的请求体，得到同一笔订单' })
  @ApiCreatedResponse({ type: AgreementOrderResult, description: '按协议价下采购订单（只限协议内商品、不低于每单最少数量）' })
  @ApiConflictResponse({ description: 'AGREEMENT_NOT_ACTIVE / AGREEMENT_EXPIRED / AGREEMENT_NOT_VALID_ON_DATE 协议不可用；OUT_OF_STOCK 库存不足' })
  async order(
    @AgencyId() agencyId: string,
    @AgreementId() id: string,
    @CurrentUser() me: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: AgreementOrderDto,
  ): Promise<AgreementOrderResult> {
    return { orders: orderViews(await this.orders.order(agencyId, id, me, key, dto)) };
  }
}

/** A supplier's agreements: accept or decline proposals, end active ones. Another supplier's ids answer 404. */
@ApiTags('supplier: agreements')
@Controller('supplier/agreements')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierAgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @ApiOkResponse({ type: AgreementList })
  async list(@CurrentSupplierId() supplierId: string, @Query() q: AgreementListQuery): Promise<AgreementList> {
    return { items: await this.agreements.views(await this.agreements.list({ supplierId, status: q.status })) };
  }

  @Get(':id')
  @ApiOkResponse({ type: AgreementView })
  async get(@CurrentSupplierId() supplierId: string, @AgreementId() id: string): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.require({ supplierId }, id));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementView, description: '接受协议，协议生效' })
  async accept(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @AgreementId() id: string): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.accept(supplierId, me, id));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementView })
  async decline(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @AgreementId() id: string, @Body() dto: AgreementOptionalReasonDto): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.decline(supplierId, me, id, dto.reason));
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementView, description: '提前终止生效中的协议（须填写原因）' })
  async end(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @AgreementId() id: string, @Body() dto: AgreementReasonDto): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.end({ supplierId }, me, id, dto.reason));
  }
}

/** Operators see every agreement. */
@ApiTags('admin: agreements')
@Controller('admin/agreements')
@Roles(Role.OPERATOR)
export class AdminAgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @ApiOkResponse({ type: AgreementList })
  async list(@Query() q: AdminAgreementListQuery): Promise<AgreementList> {
    return { items: await this.agreements.views(await this.agreements.list(q)) };
  }

  @Get(':id')
  @ApiOkResponse({ type: AgreementView })
  async get(@AgreementId() id: string): Promise<AgreementView> {
    return this.agreements.view(await this.agreements.require(null, id));
  }
}
