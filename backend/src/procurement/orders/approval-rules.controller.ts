import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentUser, OrgScope, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { ApprovalRules } from './approval-rules.service';
import { ApprovalRuleDto } from './dto';
import { ApprovalRuleView } from './views';

/** An agency's approval rule, kept by its manager (or an operator). */
@ApiTags('procurement')
@Controller('agencies/:agencyId/approval-rule')
@Roles(Role.AGENCY_MANAGER, Role.OPERATOR)
@OrgScope('agency', 'agencyId')
export class ApprovalRulesController {
  constructor(private readonly rules: ApprovalRules) {}

  @Get()
  @ApiOkResponse({ type: ApprovalRuleView, description: '未设置时为 ALWAYS（每单审批）' })
  get(@Param('agencyId', UuidParam('预算单位')) agencyId: string): Promise<ApprovalRuleView> {
    return this.rules.view(agencyId);
  }

  @Put()
  @ApiOkResponse({ type: ApprovalRuleView })
  set(@CurrentUser() me: Principal, @Param('agencyId', UuidParam('预算单位')) agencyId: string, @Body() dto: ApprovalRuleDto): Promise<ApprovalRuleView> {
    return this.rules.set(me, agencyId, dto);
  }
}
