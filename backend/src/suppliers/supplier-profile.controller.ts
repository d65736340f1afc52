import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentSupplierId, CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { SupplierDetail, SupplierProfileDto } from './dto';
import { SupplierReviewService } from './supplier-review.service';
import { SuppliersService } from './suppliers.service';

/** The caller's own supplier: its admission status, the reasons given, and the decision history. */
@ApiTags('supplier: profile')
@Controller('supplier/profile')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierProfileController {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly review: SupplierReviewService,
  ) {}

  @Get()
  @ApiOkResponse({ type: SupplierDetail })
  get(@CurrentSupplierId() supplierId: string): Promise<SupplierDetail> {
    return this.suppliers.detail(supplierId);
  }

  /** Correct the application and submit it again (while pending, or after a rejection). */
  @Put()
  @ApiOkResponse({ type: SupplierDetail })
  @ApiConflictResponse({ description: '已准入或已暂停的供应商不能通过此接口修改 (INVALID_TRANSITION)；信用代码重复 (SUPPLIER_EXISTS)' })
  update(@CurrentSupplierId() supplierId: string, @Body() dto: SupplierProfileDto, @CurrentUser() me: Principal): Promise<SupplierDetail> {
    return this.review.resubmit(supplierId, dto, me);
  }
}
