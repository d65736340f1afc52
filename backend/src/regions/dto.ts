import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { DIVISION_CODE, IsCalendarDate } from '../common/validators';
import { DivisionLevel } from './division.entity';
import { HelperUnitKind } from './helper-unit.entity';
import { PairingRole } from './pairing.entity';

export class DivisionQuery {
  @ApiPropertyOptional({ example: '451000' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'parentCode 必须是 6 位行政区划代码' })
  parentCode?: string;

  @ApiPropertyOptional({ enum: DivisionLevel })
  @IsOptional()
  @IsEnum(DivisionLevel)
  level?: DivisionLevel;
}

export class PairingQuery {
  @ApiPropertyOptional({ example: '451226' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'countyCode 必须是 6 位行政区划代码' })
  countyCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  helperUnitId?: string;

  @ApiPropertyOptional({ example: '2022-06-01', description: '只返回该日有效的结对关系' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class DateQuery {
  @ApiPropertyOptional({ example: '2022-06-01', description: '默认今天（北京时间）' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class SourceDocInput {
  @ApiProperty({ example: '深圳市2026年东西部协作工作计划' })
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional({ example: '深协作〔2026〕1号' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  docNo?: string;
}

export class CreatePairingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  helperUnitId: string;

  @ApiProperty({ example: '450124' })
  @Matches(DIVISION_CODE, { message: 'countyCode 必须是 6 位行政区划代码' })
  countyCode: string;

  @ApiProperty({ enum: PairingRole })
  @IsEnum(PairingRole)
  role: PairingRole;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({ example: '2030-12-31' })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string;

  @ApiPropertyOptional({ example: 'sz-2021', description: '已登记的来源文件；与 sourceDoc 二选一' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  sourceId?: string;

  @ApiPropertyOptional({ type: SourceDocInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceDocInput)
  sourceDoc?: SourceDocInput;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string;
}

export class EndPairingDto {
  @ApiProperty({ example: '2026-12-31', description: '最后有效日（含）' })
  @IsCalendarDate()
  validTo: string;

  @ApiProperty({ example: '按新一轮结对调整方案终止' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class DivisionView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: DivisionLevel }) level: DivisionLevel;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty() validFrom: string;
  @ApiProperty({ type: String, nullable: true }) validTo: string | null;
  @ApiProperty({ type: String, nullable: true }) successorCode: string | null;
}

export class DivisionList {
  @ApiProperty({ type: DivisionView, isArray: true }) items: DivisionView[];
}

export class HelperUnitView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty({ enum: HelperUnitKind }) kind: HelperUnitKind;
}

export class HelperUnitList {
  @ApiProperty({ type: HelperUnitView, isArray: true }) items: HelperUnitView[];
}

export class CountyRef {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class SourceView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) docNo: string | null;
}

export class PairingView {
  @ApiProperty() id: string;
  @ApiProperty({ type: HelperUnitView }) helperUnit: HelperUnitView;
  @ApiProperty({ type: CountyRef }) county: CountyRef;
  @ApiProperty({ enum: PairingRole }) role: PairingRole;
  @ApiProperty() validFrom: string;
  @ApiProperty({ type: String, nullable: true }) validTo: string | null;
  @ApiProperty({ type: SourceView }) source: SourceView;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) endedReason: string | null;
  @ApiProperty({ type: String, nullable: true }) endedAt: string | null;
}

export class PairingList {
  @ApiProperty({ type: PairingView, isArray: true }) items: PairingView[];
}
