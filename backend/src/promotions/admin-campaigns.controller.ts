import { Body, Controller, Get, Param, Patch, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError } from '../common/app-error';
import { UuidParam } from '../common/uuid-param';
import { IncomingFile } from '../files/files.service';
import { UploadInterceptor } from '../files/upload.interceptor';
import { CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { CampaignsService } from './campaigns.service';
import { CampaignListView, CampaignView, CreateCampaignDto, GrantPhonesDto, GrantReportView, UpdateCampaignDto } from './dto';
import { parsePhoneList } from './phone-list';

const MAX_LIST_BYTES = 1024 * 1024;

/** Operators: union coupon campaigns and issuing to members. */
@ApiTags('admin: coupons')
@Controller('admin/coupon-campaigns')
@Roles(Role.OPERATOR)
export class AdminCampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @ApiOkResponse({ type: CampaignListView })
  async list(): Promise<CampaignListView> {
    return { items: await Promise.all((await this.campaigns.list()).map((c) => this.campaigns.view(c))) };
  }

  @Post()
  @ApiCreatedResponse({ type: CampaignView })
  async create(@Body() dto: CreateCampaignDto, @CurrentUser() me: Principal): Promise<CampaignView> {
    return this.campaigns.view(await this.campaigns.create(dto, me));
  }

  @Get(':id')
  @ApiOkResponse({ type: CampaignView })
  async get(@Param('id', UuidParam('优惠券活动')) id: string): Promise<CampaignView> {
    return this.campaigns.view(await this.campaigns.get(id));
  }

  @Patch(':id')
  @ApiOperation({ summary: '暂停或恢复活动（暂停后不能领取、发放或使用）' })
  @ApiOkResponse({ type: CampaignView })
  async update(@Param('id', UuidParam('优惠券活动')) id: string, @Body() dto: UpdateCampaignDto, @CurrentUser() me: Principal): Promise<CampaignView> {
    return this.campaigns.view(await this.campaigns.setStatus(id, dto.status, me));
  }

  @Post(':id/grants')
  @ApiOperation({ summary: '按手机号名单发券（每人每活动一张；全部发放或因预算不足全部不发）' })
  @ApiCreatedResponse({ type: GrantReportView })
  grant(@Param('id', UuidParam('优惠券活动')) id: string, @Body() dto: GrantPhonesDto, @CurrentUser() me: Principal): Promise<GrantReportView> {
    return this.campaigns.grant(id, dto.phones, [], me);
  }

  @Post(':id/grants/upload')
  @UseInterceptors(UploadInterceptor)
  @ApiOperation({ summary: '上传会员手机号名单（CSV 或文本，每行一个或逗号分隔，可含表头与姓名列）' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'CSV/TXT，UTF-8，不超过 1 MB' } } } })
  @ApiCreatedResponse({ type: GrantReportView })
  async upload(@Param('id', UuidParam('优惠券活动')) id: string, @UploadedFile() file: IncomingFile | undefined, @CurrentUser() me: Principal): Promise<GrantReportView> {
    if (!file) throw AppError.badRequest('INVALID_UPLOAD', '请以 multipart/form-data 的 file 字段上传名单文件');
    if (file.size > MAX_LIST_BYTES) throw AppError.badRequest('PHONE_LIST_TOO_LARGE', '名单文件不能超过 1 MB');
    if (file.buffer.includes(0)) throw AppError.badRequest('INVALID_PHONE_LIST', '名单必须是 CSV 或文本文件（UTF-8）');
    const { phones, invalid } = parsePhoneList(file.buffer.toString('utf8'));
    if (!phones.length) throw AppError.badRequest('EMPTY_PHONE_LIST', '名单中没有可识别的手机号');
    if (phones.length > 5000) throw AppError.badRequest('PHONE_LIST_TOO_LARGE', '一次最多发放 5000 个手机号');
    return this.campaigns.grant(id, phones, invalid, me);
  }
}
