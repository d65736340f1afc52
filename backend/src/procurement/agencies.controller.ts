import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, OrgScope, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { AgenciesService } from './agencies.service';
import { AgencyList, AgencyListQuery, AgencyView, CanteenInput, CanteenView, CreateAgencyDto, UpdateAgencyDto, UpdateCanteenDto } from './dto';

const actorOf = (p: Principal) => ({ userId: p.id, name: p.name });

@ApiTags('admin: accounts')
@Controller('admin/agencies')
@Roles(Role.OPERATOR)
export class AdminAgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOkResponse({ type: AgencyList, description: '按名称排序；不分页时最多 1000 个（与早先的答复相同）' })
  list(@Query() q: AgencyListQuery): Promise<AgencyList> {
    return this.agencies.list(q);
  }

  @Post()
  @ApiCreatedResponse({ type: AgencyView })
  create(@CurrentUser() me: Principal, @Body() dto: CreateAgencyDto): Promise<AgencyView> {
    return this.agencies.create(dto, actorOf(me));
  }
}

/** An agency's own staff read their agency; nobody else but operators can. */
@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @Roles(Role.OPERATOR)
  @ApiOkResponse({ type: AgencyList, description: '运营：按区划（省/市含下级）、级别、名称筛选，分页' })
  list(@Query() q: AgencyListQuery): Promise<AgencyList> {
    return this.agencies.list({ ...q, pageSize: q.pageSize ?? 20 });
  }

  @Get(':agencyId')
  @Roles(Role.CANTEEN_BUYER, Role.AGENCY_APPROVER, Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: AgencyView })
  get(@Param('agencyId', UuidParam('预算单位')) agencyId: string): Promise<AgencyView> {
    return this.agencies.view(agencyId);
  }

  @Patch(':agencyId')
  @Roles(Role.OPERATOR)
  @ApiOkResponse({ type: AgencyView, description: '修改名称、级别或状态（记入操作日志）' })
  update(@CurrentUser() me: Principal, @Param('agencyId', UuidParam('预算单位')) agencyId: string, @Body() dto: UpdateAgencyDto): Promise<AgencyView> {
    return this.agencies.update(agencyId, dto, actorOf(me));
  }

  @Post(':agencyId/canteens')
  @Roles(Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiCreatedResponse({ type: CanteenView })
  addCanteen(@CurrentUser() me: Principal, @Param('agencyId', UuidParam('预算单位')) agencyId: string, @Body() dto: CanteenInput): Promise<CanteenView> {
    return this.agencies.addCanteen(agencyId, dto, actorOf(me));
  }

  @Patch(':agencyId/canteens/:canteenId')
  @Roles(Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: CanteenView })
  updateCanteen(
    @CurrentUser() me: Principal,
    @Param('agencyId', UuidParam('预算单位')) agencyId: string,
    @Param('canteenId', UuidParam('食堂')) canteenId: string,
    @Body() dto: UpdateCanteenDto,
  ): Promise<CanteenView> {
    return this.agencies.updateCanteen(agencyId, canteenId, dto, actorOf(me));
  }
}
