import { ApiProperty } from '@nestjs/swagger';
import { ProductCategory } from '../catalog/product.entity';
import { BizStep, Disposition, TraceAction, TraceEventType } from './cbv';

export class InspectionItemView {
  @ApiProperty() name: string;
  @ApiProperty() result: string;
  @ApiProperty() passed: boolean;
}

export class InspectionView {
  @ApiProperty() lab: string;
  @ApiProperty({ example: '2025-06-18' }) testedOn: string;
  @ApiProperty({ type: InspectionItemView, isArray: true }) items: InspectionItemView[];
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: String, nullable: true, description: '检测报告地址' }) reportUrl: string | null;
}

export class CertificateView {
  @ApiProperty() productName: string;
  @ApiProperty({ example: '500 公斤' }) quantityText: string;
  @ApiProperty() producer: string;
  @ApiProperty() origin: string;
  @ApiProperty() contactPhone: string;
  @ApiProperty({ example: '2025-06-20' }) issuedOn: string;
  @ApiProperty() promise: string;
  @ApiProperty({ description: '自检合格标识' }) selfTested: boolean;
}

/** A trace event as the public story shows it. */
export class TraceEventView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '批次内的记录顺序' }) sequence: number;
  @ApiProperty({ enum: TraceEventType }) eventType: TraceEventType;
  @ApiProperty({ enum: TraceAction }) action: TraceAction;
  @ApiProperty({ enum: BizStep }) bizStep: BizStep;
  @ApiProperty({ example: '发货' }) bizStepLabel: string;
  @ApiProperty({ enum: Disposition }) disposition: Disposition;
  @ApiProperty({ example: '运输中' }) dispositionLabel: string;
  @ApiProperty({ example: '2025-06-20T00:30:00.000Z', description: 'UTC 时间' }) eventTime: string;
  @ApiProperty({ example: '+08:00' }) eventTimeZoneOffset: string;
  @ApiProperty({ type: String, nullable: true }) readPoint: string | null;
  @ApiProperty({ type: String, nullable: true }) bizLocation: string | null;
  @ApiProperty({ type: String, nullable: true }) bizLocationDivisionCode: string | null;
  @ApiProperty({ type: Number, nullable: true }) quantity: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ description: '记录时间（UTC）' }) recordedAt: string;
  @ApiProperty({ type: String, nullable: true, description: '本事件更正的事件 id' }) correctsEventId: string | null;
  @ApiProperty({ type: String, nullable: true, description: '更正本事件的事件 id；有值表示本事件已被更正' }) correctedByEventId: string | null;
  @ApiProperty() corrected: boolean;
}

/** A trace event with who recorded it (supplier and operator views only). */
export class RecordedTraceEventView extends TraceEventView {
  @ApiProperty() recordedById: string;
}

export class BatchSummaryView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'K7M2Q9XD4HTR8B3N' }) traceCode: string;
  @ApiProperty({ example: 'https://bangfu.example.cn/t/K7M2Q9XD4HTR8B3N', description: '二维码指向的公开追溯页' }) traceUrl: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() productId: string;
  @ApiProperty() productName: string;
  @ApiProperty() supplyBaseId: string;
  @ApiProperty() batchNo: string;
  @ApiProperty({ example: '2025-06-18' }) harvestDate: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unit: string;
  @ApiProperty({ type: Boolean, nullable: true, description: '检测结论；未检测为 null' }) inspectionPassed: boolean | null;
  @ApiProperty() createdAt: string;
}

export class BatchList {
  @ApiProperty({ type: BatchSummaryView, isArray: true }) items: BatchSummaryView[];
  @ApiProperty() total: number;
}

export class BatchDetailView extends BatchSummaryView {
  @ApiProperty({ type: InspectionView, nullable: true }) inspection: InspectionView | null;
  @ApiProperty({ type: CertificateView }) certificate: CertificateView;
  @ApiProperty({ type: RecordedTraceEventView, isArray: true }) events: RecordedTraceEventView[];
}

export class CountyRef {
  @ApiProperty({ example: '451022' }) code: string;
  @ApiProperty({ type: String, nullable: true, example: '田东县' }) name: string | null;
}

export class TraceBatchView {
  @ApiProperty() batchNo: string;
  @ApiProperty({ example: '2025-06-18' }) harvestDate: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unit: string;
  @ApiProperty({ type: InspectionView, nullable: true }) inspection: InspectionView | null;
  @ApiProperty({ type: CertificateView }) certificate: CertificateView;
}

export class TraceProductView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ProductCategory }) category: ProductCategory;
  @ApiProperty({ example: '水果' }) categoryLabel: string;
  @ApiProperty({ type: String, isArray: true, description: '图片地址，第一张为封面' }) imageUrls: string[];
}

export class TraceSupplierView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: CountyRef }) county: CountyRef;
}

export class CoordinatesView {
  @ApiProperty({ example: 23.59 }) lat: number;
  @ApiProperty({ example: 107.12 }) lng: number;
}

export class TraceSupplyBaseView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: CountyRef }) county: CountyRef;
  @ApiProperty({ type: String, nullable: true }) township: string | null;
  @ApiProperty({ type: CoordinatesView, nullable: true, description: 'WGS-84' }) coordinates: CoordinatesView | null;
  @ApiProperty({ description: '基地是否已通过平台审核' }) verified: boolean;
}

export class TraceCertificationView {
  @ApiProperty({ example: 'ASSISTANCE' }) type: string;
  @ApiProperty({ example: '消费帮扶产品认定' }) typeLabel: string;
  @ApiProperty() number: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ example: '2025-01-01' }) validFrom: string;
  @ApiProperty({ example: '2027-12-31' }) validTo: string;
}

/** Everything a scan of the trace code shows: the batch and its whole recorded story. */
export class TraceStoryView {
  @ApiProperty() traceCode: string;
  @ApiProperty() traceUrl: string;
  @ApiProperty({ type: TraceBatchView }) batch: TraceBatchView;
  @ApiProperty({ type: TraceProductView }) product: TraceProductView;
  @ApiProperty({ type: TraceSupplierView }) supplier: TraceSupplierView;
  @ApiProperty({ type: TraceSupplyBaseView }) supplyBase: TraceSupplyBaseView;
  @ApiProperty({ type: TraceCertificationView, isArray: true, description: '已审核且今日有效的证书' }) certifications: TraceCertificationView[];
  @ApiProperty({ type: TraceEventView, isArray: true, description: '按发生时间排序；已更正的事件保留并标记' }) events: TraceEventView[];
}

/** The newest batch of a product the shop shows (its page's "latest inspection"). */
export class LatestBatchView {
  @ApiProperty({ example: 'K7M2Q9XD4HTR8B3N' }) traceCode: string;
  @ApiProperty({ example: 'https://bangfu.example.cn/t/K7M2Q9XD4HTR8B3N', description: '公开追溯页' }) traceUrl: string;
  @ApiProperty() batchNo: string;
  @ApiProperty({ example: '2025-06-18', description: '采收/生产日期' }) harvestDate: string;
  @ApiProperty({ type: InspectionView, nullable: true, description: '该批次的检测结果；未检测为 null' }) inspection: InspectionView | null;
}
