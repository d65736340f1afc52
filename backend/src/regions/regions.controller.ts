import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { todayInShanghai } from '../common/validators';
import { CurrentUser, Public, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { AppError } from '../common/app-error';
import {
  CreatePairingDto,
  DateQuery,
  DivisionList,
  DivisionQuery,
  EndPairingDto,
  HelperUnitList,
  PairingList,
  PairingQuery,
  PairingView,
} from './dto';
import { PairingCompareQuery, PairingCompareView, PairingMapQuery, PairingMapView } from './pairing-map.dto';
import { PairingMap } from './pairing-map.service';
import { divisionView, helperView, PairingViews } from './pairing-views';
import { PairingsService } from './pairings.service';
import { RegionsService } from './regions.service';

const divisionCode = (code: string) => {
  if (!/^\d{6}$/.test(code)) throw AppError.notFound('行政区划');
  return code;
};

/** Divisions, helper units and pairings: public reads (the storefront shows who helps whom). */
@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(
    private readonly regions: RegionsService,
    private readonly pairings: PairingsService,
    private readonly views: PairingViews,
    private readonly map: PairingMap,
  ) {}

  @Public()
  @Get('divisions')
  @ApiOkResponse({ type: DivisionList })
  async divisions(@Query() q: DivisionQuery): Promise<DivisionList> {
    return { items: (await this.regions.list(q)).map(divisionView) };
  }

  @Public()
  @Get('helper-units')
  @ApiOkResponse({ type: HelperUnitList })
  async helperUnits(): Promise<HelperUnitList> {
    return { items: (await this.pairings.listHelpers()).map(helperView) };
  }

  @Public()
  @Get('pairings')
  @ApiOkResponse({ type: PairingList })
  async list(@Query() q: PairingQuery): Promise<PairingList> {
    return { items: await this.views.build(await this.pairings.find(q)) };
  }

  @Public()
  @Get('pairings/map')
  @ApiOperation({ summary: '某日的结对图：每个帮扶方及其结对的县（含地级市、省）' })
  @ApiOkResponse({ type: PairingMapView })
  pairingMap(@Query() q: PairingMapQuery): Promise<PairingMapView> {
    return this.map.map(q.date ?? todayInShanghai(), q.city);
  }

  @Public()
  @Get('pairings/compare')
  @ApiOperation({ summary: '比较两日的结对图：每个帮扶方只在 A、只在 B、两日都有的县' })
  @ApiOkResponse({ type: PairingCompareView })
  compare(@Query() q: PairingCompareQuery): Promise<PairingCompareView> {
    return this.map.compare(q.a, q.b, q.city);
  }

  @Public()
  @Get('counties/:code/helpers')
  @ApiOperation({ summary: '某日与该县结对的东部帮扶方' })
  @ApiOkResponse({ type: PairingList })
  async helpersOf(@Param('code') code: string, @Query() q: DateQuery): Promise<PairingList> {
    const rows = await this.pairings.helpersOf(divisionCode(code), q.date ?? todayInShanghai());
    return { items: await this.views.build(rows.map((r) => r.pairing)) };
  }

  @Public()
  @Get('counties/:code/pairings')
  @ApiOperation({ summary: '该县的全部结对历史' })
  @ApiOkResponse({ type: PairingList })
  async history(@Param('code') code: string): Promise<PairingList> {
    return { items: await this.views.build(await this.pairings.historyOf(divisionCode(code))) };
  }

  @Public()
  @Get('helper-units/:id/counties')
  @ApiOperation({ summary: '某日该帮扶方结对的县' })
  @ApiOkResponse({ type: PairingList })
  async countiesOf(@Param('id', UuidParam('帮扶方')) id: string, @Query() q: DateQuery): Promise<PairingList> {
    await this.pairings.getHelper(id);
    return { items: await this.views.build(await this.pairings.countiesOf(id, q.date ?? todayInShanghai())) };
  }

  @Roles(Role.OPERATOR)
  @Post('pairings')
  @ApiCreatedResponse({ type: PairingView })
  async create(@Body() dto: CreatePairingDto, @CurrentUser() me: Principal): Promise<PairingView> {
    const [view] = await this.views.build([await this.pairings.create(dto, me)]);
    return view;
  }

  @Roles(Role.OPERATOR)
  @Post('pairings/:id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: PairingView })
  async end(@Param('id', UuidParam('结对关系')) id: string, @Body() dto: EndPairingDto, @CurrentUser() me: Principal): Promise<PairingView> {
    const [view] = await this.views.build([await this.pairings.end(id, dto.validTo, dto.reason, me)]);
    return view;
  }
}
