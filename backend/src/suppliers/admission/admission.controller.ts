import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../identity/access.decorators';
import { SupplierApplicationDto, SupplierApplicationResult } from '../dto';
import { AdmissionService } from './admission.service';

@ApiTags('supplier: admission')
@Controller('supplier-applications')
export class AdmissionController {
  constructor(private readonly admission: AdmissionService) {}

  @Post()
  @Public()
  @ApiCreatedResponse({ type: SupplierApplicationResult, description: '创建待审核的供应商及其第一位员工账号，并登录' })
  @ApiBadRequestResponse({ description: '信用代码校验位错误、非受帮扶县 (NOT_ASSISTED_COUNTY)、缺少营业执照 (LICENCE_REQUIRED) 等' })
  @ApiConflictResponse({ description: '信用代码已登记 (SUPPLIER_EXISTS) 或手机号已注册 (PHONE_TAKEN)' })
  apply(@Body() dto: SupplierApplicationDto): Promise<SupplierApplicationResult> {
    return this.admission.apply(dto);
  }
}
