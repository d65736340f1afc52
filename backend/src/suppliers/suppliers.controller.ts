import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, OrgScope, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { CreateSupplierDto, ListSuppliersQuery, OptionalReasonDto, ReasonDto, SupplierDetail, SupplierList, SupplierView } from './dto';
import { SupplierReviewService } from './supplier-review.service';
import { SuppliersService } from './suppliers.service';
import { supplierView } from './views';

const ILLEGAL = '当前状态不允许此操作 (INVALID_TRANSITION)，或状态已被他人修改 (STALE_STATUS)';

@ApiTags('admin: suppliers')
@Controller('admin/suppliers')
@Roles(Role.OPERATOR)
export class AdminSuppliersController {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly review: SupplierReviewService,
  ) {}

  @Get()
  @ApiOkResponse({ type: SupplierList })
  async list(@Query() query: ListSuppliersQuery): Promise<SupplierList> {
    return { items: (await this.suppliers.list({ status: query.status })).map(supplierView) };
  }

  @Post()
  @ApiCreatedResponse({ type: SupplierView, description: '运营直接登记的供应商（直接准入）' })
  async create(@Body() dto: CreateSupplierDto, @CurrentUser() me: Principal): Promise<SupplierView> {
    return supplierView(await this.suppliers.createAdmitted(dto, me));
  }

  @Get(':id')
  @ApiOkResponse({ type: SupplierDetail })
  detail(@Param('id', UuidParam('供应商')) id: string): Promise<SupplierDetail> {
    return this.suppliers.detail(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplierDetail })
  @ApiConflictResponse({ description: ILLEGAL })
  approve(@Param('id', UuidParam('供应商')) id: string, @CurrentUser() me: Principal): Promise<SupplierDetail> {
    return this.review.decide(id, 'APPROVE', me);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplierDetail })
  @ApiConflictResponse({ description: ILLEGAL })
  reject(@Param('id', UuidParam('供应商')) id: string, @Body() dto: ReasonDto, @CurrentUser() me: Principal): Promise<SupplierDetail> {
    return this.review.decide(id, 'REJECT', me, dto.reason);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplierDetail, description: '暂停后其商品立即下架' })
  @ApiConflictResponse({ description: ILLEGAL })
  suspend(@Param('id', UuidParam('供应商')) id: string, @Body() dto: ReasonDto, @CurrentUser() me: Principal): Promise<SupplierDetail> {
    return this.review.decide(id, 'SUSPEND', me, dto.reason);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplierDetail })
  @ApiConflictResponse({ description: ILLEGAL })
  reinstate(@Param('id', UuidParam('供应商')) id: string, @Body() dto: OptionalReasonDto, @CurrentUser() me: Principal): Promise<SupplierDetail> {
    return this.review.decide(id, 'REINSTATE', me, dto.reason ?? null);
  }
}

/** A supplier's own staff read their organisation; other suppliers are refused. */
@ApiTags('suppliers')
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Get(':supplierId')
  @Roles(Role.SUPPLIER_STAFF, Role.OPERATOR)
  @OrgScope('supplier', 'supplierId')
  @ApiOkResponse({ type: SupplierView })
  async get(@Param('supplierId', UuidParam('供应商')) supplierId: string): Promise<SupplierView> {
    return supplierView(await this.suppliers.get(supplierId));
  }
}
