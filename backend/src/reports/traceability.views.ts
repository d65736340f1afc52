import { ApiProperty } from '@nestjs/swagger';

export class BaseCoverageRow {
  @ApiProperty() baseId: string;
  @ApiProperty() baseName: string;
  @ApiProperty({ description: '基地状态 PENDING/VERIFIED/REJECTED' }) status: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty() countyCode: string;
  @ApiProperty() countyName: string;
  @ApiProperty({ description: '在此基地登记的商品数' }) productCount: number;
  @ApiProperty({ description: '来自此基地的批次数' }) batchCount: number;
  @ApiProperty({ description: '区间内售出件数（扣除退货）' }) soldUnits: number;
  @ApiProperty({ description: '其中可追溯件数：销售当日所用批次的追溯码有完整的 采收→检测→包装→发货 记录' }) tracedUnits: number;
  @ApiProperty({ type: Number, nullable: true, description: '追溯覆盖率 tracedUnits/soldUnits（0–1）；未售出为 null' }) coverage: number | null;
  @ApiProperty({ type: String, nullable: true, description: '最近一次出厂检测日期' }) lastInspectedOn: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '最近一次检测是否合格' }) lastInspectionPassed: boolean | null;
  @ApiProperty({ description: '检测不合格的批次数（出厂检测不合格，或有“检测/不合格”追溯事件）' }) failedInspections: number;
}
export class BaseCoverageView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [BaseCoverageRow] }) items: BaseCoverageRow[];
  @ApiProperty({ description: '全部基地售出件数' }) soldUnits: number;
  @ApiProperty() tracedUnits: number;
  @ApiProperty({ type: Number, nullable: true }) coverage: number | null;
}

export class JourneyStep {
  @ApiProperty({ enum: ['harvesting', 'inspecting', 'packing', 'shipping'] }) bizStep: string;
  @ApiProperty({ example: '采收' }) label: string;
  @ApiProperty({ type: String, nullable: true, description: '该环节最早一条有效事件的时间（ISO）；无记录为 null' }) at: string | null;
}
export class BatchInspectionView {
  @ApiProperty() lab: string;
  @ApiProperty() testedOn: string;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: [String], description: '不合格项目' }) failedItems: string[];
}
export class BatchTraceRow {
  @ApiProperty() batchId: string;
  @ApiProperty() batchNo: string;
  @ApiProperty() traceCode: string;
  @ApiProperty() productId: string;
  @ApiProperty() productName: string;
  @ApiProperty() harvestDate: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unit: string;
  @ApiProperty({ type: [JourneyStep] }) journey: JourneyStep[];
  @ApiProperty({ description: '四个环节都有记录' }) complete: boolean;
  @ApiProperty({ type: BatchInspectionView, nullable: true }) inspection: BatchInspectionView | null;
  @ApiProperty({ description: '区间内按此批次售出的件数（销售当日该商品最新的已采收批次）' }) soldUnits: number;
}
export class BaseTraceDetailView extends BaseCoverageRow {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [BatchTraceRow] }) batches: BatchTraceRow[];
}

export class ExpiringCertRow {
  @ApiProperty({ enum: ['PRODUCT', 'BASE'] }) subject: 'PRODUCT' | 'BASE';
  @ApiProperty({ description: '商品或基地 id' }) subjectId: string;
  @ApiProperty({ description: '商品或基地名称' }) subjectName: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty({ example: 'ASSISTANCE' }) type: string;
  @ApiProperty({ example: '消费帮扶产品认定' }) typeLabel: string;
  @ApiProperty() number: string;
  @ApiProperty() validTo: string;
  @ApiProperty({ description: '距到期天数（0 为今天到期）' }) daysLeft: number;
}
export class ExpiringCertsView {
  @ApiProperty() days: number;
  @ApiProperty() today: string;
  @ApiProperty({ type: [ExpiringCertRow] }) items: ExpiringCertRow[];
}
