import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentUser, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { AGENCY_ROLES, Role } from '../../identity/role';
import { CreateQuotaPolicyDto, QuotaPolicyList, QuotaPolicyListQuery, QuotaPolicyView, UpdateQuotaPolicyDto } from './dto';
import { QuotaPoliciesService } from './quota-policies.service';

/** Reserved-share policies: every agency member may read them; only operators change them (by new versions). */
@ApiTags('quota')
@Controller('quota-policies')
export class QuotaPoliciesController {
  constructor(private readonly policies: QuotaPoliciesService) {}

  @Get()
  @Roles(...AGENCY_ROLES, Role.OPERATOR)
  @ApiOkResponse({ type: QuotaPolicyList, description: '当前版本（含不生效的）；历史版本见 /quota-policies/{id}/history' })
  async list(@Query() q: QuotaPolicyListQuery): Promise<QuotaPolicyList> {
    return { items: await this.policies.list(q) };
  }

  @Get(':id/history')
  @Roles(...AGENCY_ROLES, Role.OPERATOR)
  @ApiOkResponse({ type: QuotaPolicyList, description: '该政策的全部版本，最新在前（谁、何时、为何修改）' })
  async history(@Param('id', UuidParam('份额政策')) id: string): Promise<QuotaPolicyList> {
    return { items: await this.policies.history(id) };
  }

  @Post()
  @Roles(Role.OPERATOR)
  @ApiCreatedResponse({ type: QuotaPolicyView, description: '同一范围同一年度已有政策时 409（请修改现有政策）' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateQuotaPolicyDto): Promise<QuotaPolicyView> {
    return this.policies.create(dto, { userId: me.id, name: me.name });
  }

  @Put(':id')
  @Roles(Role.OPERATOR)
  @ApiOkResponse({ type: QuotaPolicyView, description: '生成新版本并将此版本标记为已取代；返回新版本' })
  update(@CurrentUser() me: Principal, @Param('id', UuidParam('份额政策')) id: string, @Body() dto: UpdateQuotaPolicyDto): Promise<QuotaPolicyView> {
    return this.policies.update(id, dto, { userId: me.id, name: me.name });
  }
}
