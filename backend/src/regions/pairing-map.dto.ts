import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../common/validators';
import { DivisionLevel } from './division.entity';
import { HelperUnitView } from './dto';
import { PairingRole } from './pairing.entity';

export class PairingMapQuery {
  @ApiPropertyOptional({ example: '2018-06-01', description: '默认今天（北京时间）' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ example: '深圳市', description: '东部城市；不填为全部' })
  @IsOptional()
  @IsString()
  @Length(2, 30)
  city?: string;
}

export class PairingCompareQuery {
  @ApiPropertyOptional({ example: '深圳市', description: '东部城市；不填为全部' })
  @IsOptional()
  @IsString()
  @Length(2, 30)
  city?: string;

  @ApiProperty({ example: '2018-06-01', description: '比较日 A' })
  @IsCalendarDate()
  a: string;

  @ApiProperty({ example: '2022-06-01', description: '比较日 B' })
  @IsCalendarDate()
  b: string;
}

export class DivisionRef {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class MapCountyView {
  @ApiProperty({ format: 'uuid' }) pairingId: string;
  @ApiProperty({ example: '451226' }) code: string;
  @ApiProperty({ example: '环江毛南族自治县', description: '当日的名称' }) name: string;
  @ApiProperty({ example: '广西壮族自治区河池市环江毛南族自治县' }) fullName: string;
  @ApiProperty({ enum: DivisionLevel, description: 'CITY 表示与整个地级市（州）结对' }) level: DivisionLevel;
  @ApiProperty({ type: DivisionRef, nullable: true, description: '所属地级市（州）' }) prefecture: DivisionRef | null;
  @ApiProperty({ type: DivisionRef, nullable: true }) province: DivisionRef | null;
  @ApiProperty({ enum: PairingRole }) role: PairingRole;
  @ApiProperty() validFrom: string;
  @ApiProperty({ type: String, nullable: true }) validTo: string | null;
  @ApiProperty() sourceId: string;
}

export class MapHelperView {
  @ApiProperty({ type: HelperUnitView }) helperUnit: HelperUnitView;
  @ApiProperty({ type: [MapCountyView] }) counties: MapCountyView[];
}

export class PairingMapView {
  @ApiProperty() date: string;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ description: '当日有结对关系的帮扶方数' }) helperUnitCount: number;
  @ApiProperty({ description: '当日结对的县（或地级市）数，去重' }) countyCount: number;
  @ApiProperty({ type: [MapHelperView] }) helperUnits: MapHelperView[];
}

export class CompareHelperView {
  @ApiProperty({ type: HelperUnitView }) helperUnit: HelperUnitView;
  @ApiProperty({ type: [MapCountyView], description: '只在 A 日结对' }) onlyA: MapCountyView[];
  @ApiProperty({ type: [MapCountyView], description: '只在 B 日结对' }) onlyB: MapCountyView[];
  @ApiProperty({ type: [MapCountyView], description: '两日都结对（按 B 日名称；更名的县视为同一县）' }) both: MapCountyView[];
}

export class PairingCompareView {
  @ApiProperty({ type: PairingMapView, description: 'A 日的结对图' }) a: PairingMapView;
  @ApiProperty({ type: PairingMapView, description: 'B 日的结对图' }) b: PairingMapView;
  @ApiProperty({ type: [CompareHelperView], description: '每个帮扶方在两日之间的变化' }) helperUnits: CompareHelperView[];
}
