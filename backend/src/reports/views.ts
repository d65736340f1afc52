import { ApiProperty } from '@nestjs/swagger';
import { BuyerType, Season } from './sales-fact.entity';

/** Net figures of a group of sold lines: refunds already taken off. */
export class SalesMeasures {
  @ApiProperty({ description: '销售额（分，扣除退款，含工会券补贴部分）' }) salesFen: number;
  @ApiProperty({ description: '销量（件，扣除退货）' }) quantity: number;
  @ApiProperty({ description: '订单数' }) orderCount: number;
}

abstract class RangeView {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ type: SalesMeasures, description: '合计' }) total: SalesMeasures;
}

export class MonthRow extends SalesMeasures {
  @ApiProperty({ example: '2026-03' }) month: string;
}
export class SalesByMonthView extends RangeView {
  @ApiProperty({ type: [MonthRow] }) items: MonthRow[];
}

export class CountyRow extends SalesMeasures {
  @ApiProperty({ example: '451003', description: '现行县级代码（更名撤并后的代码）' }) countyCode: string;
  @ApiProperty({ example: '田阳区' }) countyName: string;
  @ApiProperty({ example: '451000' }) prefectureCode: string;
  @ApiProperty({ example: '百色市' }) prefectureName: string;
  @ApiProperty({ example: '广西壮族自治区' }) provinceName: string;
}
export class SalesByCountyView extends RangeView {
  @ApiProperty({ type: [CountyRow] }) items: CountyRow[];
}

export class RegionRow extends SalesMeasures {
  @ApiProperty({ example: '451000' }) code: string;
  @ApiProperty({ example: '百色市' }) name: string;
}
export class SalesByRegionView extends RangeView {
  @ApiProperty({ enum: ['PROVINCE', 'PREFECTURE'] }) level: 'PROVINCE' | 'PREFECTURE';
  @ApiProperty({ type: [RegionRow] }) items: RegionRow[];
}

export class HelperRow extends SalesMeasures {
  @ApiProperty({ type: String, nullable: true, description: '销售当日与产地县结对的东部帮扶方；null 为当日无结对' }) helperUnitId: string | null;
  @ApiProperty({ example: '深圳市光明区' }) helperName: string;
  @ApiProperty({ type: String, nullable: true, example: '深圳市' }) city: string | null;
}
export class SalesByHelperView extends RangeView {
  @ApiProperty({ type: [HelperRow] }) items: HelperRow[];
}

export class BuyerTypeRow extends SalesMeasures {
  @ApiProperty({ enum: BuyerType }) buyerType: BuyerType;
  @ApiProperty({ example: '单位食堂' }) label: string;
}
export class SalesByBuyerTypeView extends RangeView {
  @ApiProperty({ type: [BuyerTypeRow] }) items: BuyerTypeRow[];
}

export class ProductRow extends SalesMeasures {
  @ApiProperty() rank: number;
  @ApiProperty() productId: string;
  @ApiProperty() productName: string;
  @ApiProperty() category: string;
  @ApiProperty() countyCode: string;
  @ApiProperty() countyName: string;
}
export class TopProductsView extends RangeView {
  @ApiProperty({ type: [ProductRow] }) items: ProductRow[];
}

export class SeasonMonthRow extends SalesMeasures {
  @ApiProperty({ example: '2026-07' }) month: string;
}
export class SeasonView {
  @ApiProperty({ enum: Season }) season: Season;
  @ApiProperty({ example: '芒果季（6–9月）' }) label: string;
  @ApiProperty({ type: [SeasonMonthRow] }) months: SeasonMonthRow[];
  @ApiProperty({ type: SalesMeasures }) total: SalesMeasures;
}
export class SeasonalView {
  @ApiProperty({ description: '季节开始的年份（沙糖桔季跨到次年 2 月）' }) year: number;
  @ApiProperty({ type: [SeasonView] }) seasons: SeasonView[];
  @ApiProperty({ description: '季节商品的口径' }) definition: string;
}

export class ResultRow {
  @ApiProperty({ description: '帮扶方 id 或县级代码；未结对为 null' , type: String, nullable: true }) key: string | null;
  @ApiProperty({ example: '深圳市光明区' }) name: string;
  @ApiProperty({ type: String, nullable: true, description: '帮扶方所在城市（按帮扶方汇总时）或所属地级市（按县汇总时）' }) parent: string | null;
  @ApiProperty({ description: '销售额（分，扣除退款）' }) salesFen: number;
  @ApiProperty() orderCount: number;
  @ApiProperty({ description: '购买单位数：不同的预算单位与个人买家' }) buyingUnits: number;
  @ApiProperty({ description: '其中预算单位数' }) agencyUnits: number;
  @ApiProperty({ description: '带动脱贫户数：售出商品的供应商经认定的带贫户数之和（每个供应商取其有效认定中的最大值）' }) linkedHouseholds: number;
  @ApiProperty({ description: '不同的供应商数' }) supplierCount: number;
  @ApiProperty({ description: '工会消费帮扶券支出（分，扣除退款冲回）' }) couponFen: number;
  @ApiProperty({ description: '其他消费补贴（分）：平台尚无工会券以外的补贴，恒为 0' }) subsidyFen: number;
}
export class ResultsView {
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['helper', 'county'] }) groupBy: 'helper' | 'county';
  @ApiProperty({ type: [ResultRow] }) items: ResultRow[];
  @ApiProperty({ type: ResultRow, description: '合计（购买单位、带贫户按全体去重）' }) total: ResultRow;
}
