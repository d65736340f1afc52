import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentUser, OrgScope, Roles } from '../../identity/access.decorators';
import { isOperator, Principal } from '../../identity/principal';
import { AGENCY_ROLES, Role } from '../../identity/role';
import { DeclarationsService } from './declarations.service';
import { DeclarationView, FileDeclarationDto, MissingDeclarationList, MissingDeclarationsQuery, ReminderList, SendRemindersDto, SendRemindersResult } from './dto';
import { QuotaYearParam } from './quota-year.pipe';

/** An agency's yearly declaration: its manager files and amends it; operators may file on its behalf. */
@ApiTags('quota')
@Controller('agencies/:agencyId')
export class DeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Get('declarations/:year')
  @Roles(...AGENCY_ROLES, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: DeclarationView, description: '未申报时 404' })
  get(@Param('agencyId', UuidParam('预算单位')) agencyId: string, @Param('year', QuotaYearParam) year: number): Promise<DeclarationView> {
    return this.declarations.view(agencyId, year);
  }

  @Put('declarations/:year')
  @Roles(Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: DeclarationView, description: '首次填报或修改（每次保留一个版本）；运营填报记为代为填报' })
  file(
    @CurrentUser() me: Principal,
    @Param('agencyId', UuidParam('预算单位')) agencyId: string,
    @Param('year', QuotaYearParam) year: number,
    @Body() dto: FileDeclarationDto,
  ): Promise<DeclarationView> {
    return this.declarations.file(agencyId, year, dto, { userId: me.id, name: me.name, onBehalf: isOperator(me) && me.agencyId !== agencyId });
  }

  @Get('reminders')
  @Roles(Role.AGENCY_MANAGER, Role.OPERATOR)
  @OrgScope('agency', 'agencyId')
  @ApiOkResponse({ type: ReminderList, description: '运营发来的填报提醒（站内通知），最新在前' })
  async reminders(@Param('agencyId', UuidParam('预算单位')) agencyId: string): Promise<ReminderList> {
    return { items: await this.declarations.remindersOf(agencyId) };
  }
}

/** Operators: who has not filed, and reminders to them. */
@ApiTags('admin: quota')
@Controller('admin/declarations')
@Roles(Role.OPERATOR)
export class AdminDeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Get('missing')
  @ApiOkResponse({ type: MissingDeclarationList, description: '该年度未申报的在用预算单位（可按区划筛选），附已发提醒次数' })
  missing(@Query() q: MissingDeclarationsQuery): Promise<MissingDeclarationList> {
    return this.declarations.missing(q.year, q.divisionCode, q.page, q.pageSize);
  }

  @Post('reminders')
  @HttpCode(200)
  @ApiOkResponse({ type: SendRemindersResult, description: '向所列单位发站内提醒；已申报或不存在的单位不发，逐个说明。短信未接入' })
  remind(@CurrentUser() me: Principal, @Body() dto: SendRemindersDto): Promise<SendRemindersResult> {
    return this.declarations.remind(dto.year, dto.agencyIds, dto.message, { userId: me.id, name: me.name });
  }
}
