import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '../../common/uuid-param';
import { CurrentAgencyId, CurrentUser, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { ContractSnapshots } from './contract.service';
import { AcceptDto, ProcurementOrderListQuery, ProcurementReasonDto, SubmitProcurementOrderDto } from './dto';
import { OrderAcceptance } from './order-acceptance.service';
import { OrderAccess } from './order-access.service';
import { OrderCancellation } from './order-cancellation.service';
import { OrderSubmission } from './order-submission.service';
import { OrderViews } from './order-views.service';
import { ProcurementPurpose } from './procurement-order-status';
import { ProcurementOrderList, ProcurementOrderView, SubmitResult } from './views';

const AGENCY_MEMBERS = [Role.CANTEEN_BUYER, Role.AGENCY_APPROVER, Role.AGENCY_MANAGER];

/** Procurement orders seen from the buying agency: submit, read, cancel, accept, the contract. */
@ApiTags('procurement')
@Controller('procurement/orders')
export class ProcurementOrdersController {
  constructor(
    private readonly submission: OrderSubmission,
    private readonly cancellation: OrderCancellation,
    private readonly acceptance: OrderAcceptance,
    private readonly access: OrderAccess,
    private readonly contracts: ContractSnapshots,
    private readonly views: OrderViews,
  ) {}

  @Post()
  @Roles(Role.CANTEEN_BUYER)
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '每次提交唯一；重试时带同一个值与同样的请求体，得到同样的订单' })
  @ApiCreatedResponse({ type: SubmitResult })
  @ApiConflictResponse({ description: 'OUT_OF_STOCK 库存不足' })
  @ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED 同一幂等键用于不同请求体（与商城下单一致）' })
  async submit(@CurrentUser() me: Principal, @CurrentAgencyId() agencyId: string, @Headers('idempotency-key') key: string | undefined, @Body() dto: SubmitProcurementOrderDto): Promise<SubmitResult> {
    const orders = await this.submission.submit({
      agencyId,
      canteenId: dto.canteenId,
      buyerUserId: me.id,
      buyerName: me.name,
      purpose: dto.purpose ?? ProcurementPurpose.CANTEEN,
      deliveryDate: dto.deliveryDate,
      note: dto.note ?? null,
      idempotencyKey: key ?? '',
      lines: dto.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
    });
    return { orders: await this.views.summaries(orders) };
  }

  @Get()
  @Roles(...AGENCY_MEMBERS)
  @ApiOkResponse({ type: ProcurementOrderList, description: '本单位的采购订单（承包方采购员只看到其承包食堂的订单）' })
  async list(@CurrentUser() me: Principal, @CurrentAgencyId() agencyId: string, @Query() q: ProcurementOrderListQuery): Promise<ProcurementOrderList> {
    const limited = await this.access.contractorCanteens(me);
    return this.views.list({ agencyId, status: q.status, canteenId: q.canteenId, canteenIds: limited ?? undefined, from: q.from, to: q.to }, q.page, q.pageSize);
  }

  @Get(':id')
  @Roles(...AGENCY_MEMBERS)
  @ApiOkResponse({ type: ProcurementOrderView })
  async get(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string): Promise<ProcurementOrderView> {
    return this.views.detail(await this.access.forAgencyMember(me, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(Role.CANTEEN_BUYER, Role.AGENCY_MANAGER)
  @ApiOkResponse({ type: ProcurementOrderView, description: '供应商确认前可取消（下单人或单位管理员），库存退回' })
  async cancel(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: ProcurementReasonDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.cancellation.cancelByBuyer(me, id, dto.reason));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles(Role.CANTEEN_BUYER, Role.AGENCY_MANAGER)
  @ApiOkResponse({ type: ProcurementOrderView, description: '验收：逐行填写实收数量；验收金额 = Σ 成交价 × 实收数量' })
  async accept(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: AcceptDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.acceptance.accept(me, id, dto));
  }

  @Get(':id/contract.pdf')
  @Roles(...AGENCY_MEMBERS, Role.SUPPLIER_STAFF, Role.OPERATOR)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: '供应商确认时生成的采购合同快照' })
  @ApiServiceUnavailableResponse({ description: 'PDF_FONT_MISSING 服务器缺少中文字体' })
  async contract(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { stream, size, name } = await this.contracts.open(await this.access.forAnyone(me, id), me);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(stream, { type: 'application/pdf', length: size, disposition: `attachment; filename*=UTF-8''${encodeURIComponent(name)}` });
  }
}
