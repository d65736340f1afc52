import { ApiProperty } from '@nestjs/swagger';
import { CertificationReview, CertificationType } from './certification.entity';
import { ProductEventType } from './product-event.entity';
import { ProductCategory, ProductStatus, StorageCondition } from './product.entity';

export class CountyView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class SupplierRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class CertificationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: CertificationType }) type: CertificationType;
  @ApiProperty() label: string;
  @ApiProperty() number: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ type: String, nullable: true }) issuingCountyCode: string | null;
  @ApiProperty() validFrom: string;
  @ApiProperty() validTo: string;
  @ApiProperty({ type: Number, nullable: true }) linkedHouseholds: number | null;
  @ApiProperty() documentUrl: string;
  @ApiProperty({ enum: CertificationReview }) review: CertificationReview;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ description: '今日是否在有效期内' }) valid: boolean;
}

/** A listed product in the shop's lists (contract: GET /api/products). */
export class ProductSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ProductCategory }) category: ProductCategory;
  @ApiProperty() minPriceFen: number;
  @ApiProperty({ type: String, nullable: true }) coverUrl: string | null;
  @ApiProperty({ type: Number, isArray: true, description: '销售月份 1–12' }) saleMonths: number[];
  @ApiProperty({ type: CountyView }) county: CountyView;
  @ApiProperty({ enum: CertificationType, isArray: true }) certifications: CertificationType[];
  @ApiProperty({ type: SupplierRef }) supplier: SupplierRef;
}

export class PublicSkuView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '规格名称' }) name: string;
  @ApiProperty() unit: string;
  @ApiProperty() netWeightGrams: number;
  @ApiProperty() priceFen: number;
  @ApiProperty() stock: number;
  @ApiProperty() agencyMinQty: number;
}

export class HelperRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['LEAD', 'ASSIST'] }) role: string;
}

export class BaseCertificationRef {
  @ApiProperty({ description: 'GONGSHEN 供深基地 / GONGYUE 供粤基地 / ORGANIC / GREEN / GI' }) type: string;
  @ApiProperty() number: string;
  @ApiProperty() validFrom: string;
  @ApiProperty() validTo: string;
}

/** The supply base as the shop shows it: where the product grew, and what the base holds. */
export class SupplyBaseRef {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() countyCode: string;
  @ApiProperty({ type: String, nullable: true }) countyName: string | null;
  @ApiProperty() township: string;
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
  @ApiProperty({ description: '亩' }) areaMu: number;
  @ApiProperty() baseType: string;
  @ApiProperty({ description: '平台已核验' }) verified: boolean;
  @ApiProperty({ type: BaseCertificationRef, isArray: true }) certifications: BaseCertificationRef[];
}

/** One product's page in the shop (contract: GET /api/products/:id). */
export class ProductDetailView extends ProductSummaryView {
  @ApiProperty() description: string;
  @ApiProperty({ type: String, isArray: true }) imageUrls: string[];
  @ApiProperty({ enum: StorageCondition }) storage: StorageCondition;
  @ApiProperty() coldChain: boolean;
  @ApiProperty({ type: PublicSkuView, isArray: true }) skus: PublicSkuView[];
  @ApiProperty({ type: HelperRef, isArray: true, description: '今日与产地县结对的东部帮扶方' }) helpers: HelperRef[];
  @ApiProperty({ type: SupplyBaseRef, nullable: true }) supplyBase: SupplyBaseRef | null;
  @ApiProperty({ type: CertificationView, isArray: true }) certificationDetails: CertificationView[];
}

export class OwnSkuView extends PublicSkuView {
  @ApiProperty() spec: string;
  @ApiProperty() enabled: boolean;
}

export class FieldChange {
  @ApiProperty({ description: '字段，如 name、skus.<id>.priceFen、certifications' }) field: string;
  @ApiProperty({ description: '现值（JSON）' }) from: string;
  @ApiProperty({ description: '拟改为（JSON）' }) to: string;
}

export class ProductEventView {
  @ApiProperty({ enum: ProductEventType }) type: ProductEventType;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: '操作人姓名；系统操作为「系统」' }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() at: string;
}

/** A product as its supplier and operators see it: status, reasons, pending changes. */
export class ManagedProductView {
  @ApiProperty() id: string;
  @ApiProperty() supplierId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ProductCategory }) category: ProductCategory;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, isArray: true }) images: string[];
  @ApiProperty({ type: CountyView }) county: CountyView;
  @ApiProperty({ type: String, nullable: true }) supplyBaseId: string | null;
  @ApiProperty({ enum: StorageCondition }) storage: StorageCondition;
  @ApiProperty() coldChain: boolean;
  @ApiProperty({ type: Number, isArray: true }) saleMonths: number[];
  @ApiProperty({ enum: ProductStatus }) status: ProductStatus;
  @ApiProperty({ description: '当前是否在商城中展示' }) visibleInShop: boolean;
  @ApiProperty({ type: String, nullable: true, description: '不在商城展示的原因' }) notVisibleReason: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ description: '是否有待审核的修改' }) hasPendingChanges: boolean;
  @ApiProperty({ type: FieldChange, isArray: true, description: '待审核修改与现行内容的差异' }) changes: FieldChange[];
  @ApiProperty({ type: OwnSkuView, isArray: true }) skus: OwnSkuView[];
  @ApiProperty({ type: CertificationView, isArray: true }) certifications: CertificationView[];
  @ApiProperty({ type: ProductEventView, isArray: true }) history: ProductEventView[];
  @ApiProperty() updatedAt: string;
}

export class ManagedProductList {
  @ApiProperty({ type: ManagedProductView, isArray: true }) items: ManagedProductView[];
}
