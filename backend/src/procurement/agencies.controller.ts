import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { OrgScope, Roles } from '../identity/access.decorators';
import { Role } from '../identity/role';
import { AgenciesService } from './agencies.service';
import { AgencyList, AgencyView, CreateAgencyDto } from './dto';

@ApiTags('admin: accounts')
@Controller('admin/agencies')
@Roles(Role.OPERATOR)
export class AdminAgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOkResponse({ type: AgencyList })
  async list(): Promise<AgencyList> {
    return { items: await this.agencies.list() };
  }

  @Post()
  @ApiCreatedResponse({ type: AgencyView })
  create(@Body() dto: CreateAgencyDto): Promise<AgencyView> {
    return this.agencies.create(dto);
  }
}

/** An agency's own staff read their agency; nobody else but operators can. */
@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get(':agencyId')
  @Roles(Role.CANTEEN_BUYER, Role.AGENCY_APPROVER, Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: AgencyView })
  get(@Param('agencyId', UuidParam('预算单位')) agencyId: string): Promise<AgencyView> {
    return this.agencies.view(agencyId);
  }
}
