import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { CreateZoneDto, GeneratedZones, UpdateZoneDto, ZoneList, ZoneView, ZoneWithProducts } from './zone.dto';
import { zoneView, ZonesService } from './zones.service';

@ApiTags('admin: catalog')
@Controller('admin/zones')
@Roles(Role.OPERATOR)
export class AdminZonesController {
  constructor(private readonly zones: ZonesService) {}

  @Get()
  @ApiOkResponse({ type: ZoneList })
  async list(): Promise<ZoneList> {
    return { items: (await this.zones.list(false)).map(zoneView) };
  }

  @Post()
  @ApiCreatedResponse({ type: ZoneView })
  async create(@Body() dto: CreateZoneDto, @CurrentUser() me: Principal): Promise<ZoneView> {
    return zoneView(await this.zones.create(dto, me.id));
  }

  @Post('county-halls')
  @HttpCode(200)
  @ApiOkResponse({ type: GeneratedZones, description: '为今日每个结对县生成一个县域馆（已存在的不重复生成）' })
  async generate(@CurrentUser() me: Principal): Promise<GeneratedZones> {
    const r = await this.zones.generateCountyZones(me.id);
    return { created: r.created, items: r.zones.map(zoneView) };
  }

  @Get(':id')
  @ApiOkResponse({ type: ZoneWithProducts, description: '专区及其当前展示的商品' })
  async get(@Param('id', UuidParam('专区')) id: string): Promise<ZoneWithProducts> {
    const zone = await this.zones.get(id);
    return { ...zoneView(zone), products: await this.zones.summaries(await this.zones.productsOf(zone)) };
  }

  @Patch(':id')
  @ApiOkResponse({ type: ZoneView })
  async update(@Param('id', UuidParam('专区')) id: string, @Body() dto: UpdateZoneDto): Promise<ZoneView> {
    return zoneView(await this.zones.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@Param('id', UuidParam('专区')) id: string): Promise<void> {
    await this.zones.remove(id);
  }
}
