import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { DIVISION_CODE, IsCalendarDate } from '../common/validators';
import { CertificationType } from './certification.entity';

export class AddCertificationDto {
  @ApiProperty({ enum: CertificationType })
  @IsEnum(CertificationType)
  type: CertificationType;

  @ApiProperty({ example: '百色认定〔2026〕第0312号' })
  @IsString()
  @Length(2, 60)
  number: string;

  @ApiProperty({ example: '田东县乡村振兴局' })
  @IsString()
  @Length(2, 100)
  issuer: string;

  @ApiPropertyOptional({ example: '451022', description: '消费帮扶产品认定必填：认定县' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'issuingCountyCode 必须是 6 位行政区划代码' })
  issuingCountyCode?: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: '2027-12-31' })
  @IsCalendarDate()
  validTo: string;

  @ApiPropertyOptional({ example: 126, description: '消费帮扶产品认定必填：联结带动脱贫户数' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  linkedHouseholds?: number;

  @ApiProperty({ format: 'uuid', description: '已上传的证书文件 id' })
  @IsUUID()
  documentFileId: string;
}
