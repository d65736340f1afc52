import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { OrgScope, Roles } from '../identity/access.decorators';
import { Role } from '../identity/role';
import { CreateSupplierDto, SupplierList, SupplierView } from './dto';
import { supplierView, SuppliersService } from './suppliers.service';

@ApiTags('admin: accounts')
@Controller('admin/suppliers')
@Roles(Role.OPERATOR)
export class AdminSuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Get()
  @ApiOkResponse({ type: SupplierList })
  async list(): Promise<SupplierList> {
    return { items: (await this.suppliers.list()).map(supplierView) };
  }

  @Post()
  @ApiCreatedResponse({ type: SupplierView })
  async create(@Body() dto: CreateSupplierDto): Promise<SupplierView> {
    return supplierView(await this.suppliers.createAdmitted(dto));
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
