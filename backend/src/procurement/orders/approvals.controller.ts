import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentAgencyId, CurrentUser, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { ApproveDto, ProcurementReasonDto } from './dto';
import { OrderApproval } from './order-approval.service';
import { OrderViews } from './order-views.service';
import { ProcurementOrderList, ProcurementOrderView } from './views';

/** The approver's queue and decisions (same agency only). */
@ApiTags('procurement')
@Controller('procurement')
@Roles(Role.AGENCY_APPROVER)
export class ApprovalsController {
  constructor(
    private readonly approval: OrderApproval,
    private readonly views: OrderViews,
  ) {}

  @Get('approvals')
  @ApiOkResponse({ type: ProcurementOrderList, description: '本单位待审批的采购订单，最早的在前' })
  async pending(@CurrentAgencyId() agencyId: string): Promise<ProcurementOrderList> {
    const rows = await this.approval.pending(agencyId);
    return { items: await this.views.summaries(rows), total: rows.length, page: 1, pageSize: rows.length };
  }

  @Post('orders/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView })
  @ApiConflictResponse({ description: 'SELF_APPROVAL_NOT_ALLOWED 不能审批自己提交的订单；INVALID_TRANSITION 不在待审批状态' })
  async approve(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: ApproveDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.approval.approve(me, id, dto.note));
  }

  @Post('orders/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '驳回并退回库存' })
  async reject(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: ProcurementReasonDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.approval.reject(me, id, dto.reason));
  }
}
