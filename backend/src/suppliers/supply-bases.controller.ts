import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentSupplierId, CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { CreateSupplyBaseDto, ListBasesQuery, SupplyBaseList, SupplyBaseView, UpdateSupplyBaseDto } from './base-dto';
import { ReasonDto } from './dto';
import { SupplyBasesService } from './supply-bases.service';

/** The caller's own supplier's bases; another supplier's base id answers 404. */
@ApiTags('supplier: bases')
@Controller('supplier/bases')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierBasesController {
  constructor(private readonly bases: SupplyBasesService) {}

  @Get()
  @ApiOkResponse({ type: SupplyBaseList })
  async list(@CurrentSupplierId() supplierId: string): Promise<SupplyBaseList> {
    return { items: await this.bases.views(await this.bases.listOf(supplierId)) };
  }

  @Post()
  @ApiCreatedResponse({ type: SupplyBaseView, description: '登记基地，待运营核验' })
  async create(@CurrentSupplierId() supplierId: string, @Body() dto: CreateSupplyBaseDto): Promise<SupplyBaseView> {
    return this.bases.view(await this.bases.create(supplierId, dto));
  }

  @Get(':id')
  @ApiOkResponse({ type: SupplyBaseView })
  async get(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('基地')) id: string): Promise<SupplyBaseView> {
    return this.bases.view(await this.bases.requireOwnBase(supplierId, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: SupplyBaseView, description: '已核验基地的位置或认证变更后回到待审核' })
  async update(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('基地')) id: string, @Body() dto: UpdateSupplyBaseDto): Promise<SupplyBaseView> {
    return this.bases.view(await this.bases.update(supplierId, id, dto));
  }
}

@ApiTags('admin: bases')
@Controller('admin/bases')
@Roles(Role.OPERATOR)
export class AdminBasesController {
  constructor(private readonly bases: SupplyBasesService) {}

  @Get()
  @ApiOkResponse({ type: SupplyBaseList })
  async list(@Query() query: ListBasesQuery): Promise<SupplyBaseList> {
    return { items: await this.bases.views(await this.bases.list({ status: query.status })) };
  }

  @Get(':id')
  @ApiOkResponse({ type: SupplyBaseView })
  async get(@Param('id', UuidParam('基地')) id: string): Promise<SupplyBaseView> {
    return this.bases.view(await this.bases.get(id));
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplyBaseView })
  @ApiConflictResponse({ description: '只有待审核的基地可以核验 (INVALID_TRANSITION)' })
  async verify(@Param('id', UuidParam('基地')) id: string, @CurrentUser() me: Principal): Promise<SupplyBaseView> {
    return this.bases.view(await this.bases.verify(id, me));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: SupplyBaseView })
  @ApiConflictResponse({ description: '只有待审核的基地可以驳回 (INVALID_TRANSITION)' })
  async reject(@Param('id', UuidParam('基地')) id: string, @Body() dto: ReasonDto, @CurrentUser() me: Principal): Promise<SupplyBaseView> {
    return this.bases.view(await this.bases.reject(id, me, dto.reason));
  }
}
