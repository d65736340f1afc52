import { PageQuery } from '../common/page-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PostalAddressInput } from '../common/postal-address.dto';
import { IsCalendarDate } from '../common/validators';
import { OrderStatus, RefundStatus } from './order-status';

/** Most units of one SKU in one order or cart line. */
export const MAX_LINE_QTY = 999;
/** Most distinct SKUs in one order. */
export const MAX_ORDER_LINES = 50;
/** Most lines of a cart. */
export const MAX_CART_LINES = 100;

export class OrderLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId: string;

  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QTY, example: 2 })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QTY)
  quantity: number;
}

/** The delivery address of a checkout (the same fields as the address book). */
export class AddressInput extends PostalAddressInput {}

/** Contract: POST /api/orders. Prices, discount and totals are computed by the server; no amount is accepted. */
export class CheckoutDto {
  @ApiProperty({ type: [OrderLineInput], description: `1–${MAX_ORDER_LINES} 种商品规格；同一规格出现多次时数量相加` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInput)
  items: OrderLineInput[];

  @ApiProperty({ type: AddressInput })
  @ValidateNested()
  @Type(() => AddressInput)
  address: AddressInput;

  @ApiPropertyOptional({ example: 'GH2026ABCD', description: '工会消费帮扶券券码' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  couponCode?: string;
}

export class PayDto {
  @ApiProperty({ enum: ['alipay'] })
  @IsIn(['alipay'], { message: 'channel 目前只支持 alipay' })
  channel: 'alipay';

  @ApiPropertyOptional({ enum: ['page', 'wap'], default: 'page', description: 'page 电脑网站支付，wap 手机网站支付' })
  @IsOptional()
  @IsIn(['page', 'wap'], { message: 'device 必须是 page 或 wap' })
  device?: 'page' | 'wap';
}

export class CancelOrderDto {
  @ApiPropertyOptional({ example: '不想要了' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}

export class OrderListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OrderStatus })
  @IsOptional()
  @IsEnum(OrderStatus)
  status?: OrderStatus;
}

export class SupplierOrderListQuery extends OrderListQuery {}

export class CartLineInput extends OrderLineInput {}

export class CartQuantityDto {
  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QTY })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QTY)
  quantity: number;
}

export class MergeCartDto {
  @ApiProperty({ type: [CartLineInput], description: '未登录时浏览器保存的购物车' })
  @IsArray()
  @ArrayMaxSize(MAX_CART_LINES)
  @ValidateNested({ each: true })
  @Type(() => CartLineInput)
  items: CartLineInput[];
}

export class ItemQuantityInput {
  @ApiProperty({ format: 'uuid', description: '订单商品行 id' })
  @IsUUID()
  orderItemId: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QTY)
  quantity: number;
}

export class ShipDto {
  @ApiProperty({ example: '顺丰速运' })
  @IsString()
  @Length(1, 40)
  carrier: string;

  @ApiProperty({ example: 'SF1234567890123' })
  @Matches(/^[A-Za-z0-9-]{4,40}$/, { message: 'trackingNo 必须是 4–40 位字母、数字或连字符' })
  trackingNo: string;

  @ApiPropertyOptional({ type: [ItemQuantityInput], description: '本包裹所含商品；省略时为全部未发货商品（拆包发货时逐包填写）' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => ItemQuantityInput)
  lines?: ItemQuantityInput[];
}

export class ConfirmReceiptDto {
  @ApiPropertyOptional({ format: 'uuid', description: '确认收货的子订单；省略时确认全部已发货的子订单' })
  @IsOptional()
  @IsUUID()
  supplierOrderId?: string;
}

export class RefundRequestDto {
  @ApiProperty({ format: 'uuid', description: '申请退款的子订单' })
  @IsUUID()
  supplierOrderId: string;

  @ApiProperty({ example: '果子到货有碰伤' })
  @IsString()
  @Length(2, 200)
  reason: string;

  @ApiPropertyOptional({ type: [ItemQuantityInput], description: '退款商品与数量；省略时为子订单全部可退商品' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => ItemQuantityInput)
  lines?: ItemQuantityInput[];
}

export class RejectRefundDto {
  @ApiProperty({ example: '商品已签收且无质量问题' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class RefundListQuery {
  @ApiPropertyOptional({ enum: RefundStatus })
  @IsOptional()
  @IsEnum(RefundStatus)
  status?: RefundStatus;
}

export class LedgerQuery {
  @ApiPropertyOptional({ example: '2026-03-01', description: '业务日期起（含）' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: '业务日期止（含）' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '只看某一结算单的明细' })
  @IsOptional()
  @IsUUID()
  settlementId?: string;
}

export class AdminLedgerQuery extends LedgerQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class CreateSettlementDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  supplierId: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsCalendarDate()
  periodFrom: string;

  @ApiProperty({ example: '2026-03-31', description: '必须早于今天（只结算已结束的业务日）' })
  @IsCalendarDate()
  periodTo: string;
}

export class SettlementPaidDto {
  @ApiProperty({ example: '对公转账 20260405-001' })
  @IsString()
  @Length(1, 100)
  payReference: string;
}
