/**
 * The GS1 EPCIS 2.0 / CBV 2.0 vocabulary the marketplace records. Event types and actions follow
 * EPCIS (ObjectEvent → OBJECT, …); business steps and dispositions are the bare CBV words
 * (`harvesting` stands for `urn:epcglobal:cbv:bizstep:harvesting`), so an export to EPCIS is a
 * prefix away. Chinese labels are what the public trace page shows.
 */
export enum TraceEventType {
  OBJECT = 'OBJECT',
  AGGREGATION = 'AGGREGATION',
  TRANSFORMATION = 'TRANSFORMATION',
  TRANSACTION = 'TRANSACTION',
}

export enum TraceAction {
  ADD = 'ADD',
  OBSERVE = 'OBSERVE',
  DELETE = 'DELETE',
}

export enum BizStep {
  commissioning = 'commissioning',
  harvesting = 'harvesting',
  sampling = 'sampling',
  inspecting = 'inspecting',
  packing = 'packing',
  storing = 'storing',
  loading = 'loading',
  shipping = 'shipping',
  arriving = 'arriving',
  receiving = 'receiving',
  accepting = 'accepting',
  retail_selling = 'retail_selling',
  destroying = 'destroying',
}

export enum Disposition {
  active = 'active',
  in_progress = 'in_progress',
  in_transit = 'in_transit',
  conformant = 'conformant',
  non_conformant = 'non_conformant',
  container_closed = 'container_closed',
  sellable_accessible = 'sellable_accessible',
  sellable_not_accessible = 'sellable_not_accessible',
  damaged = 'damaged',
  expired = 'expired',
  recalled = 'recalled',
  destroyed = 'destroyed',
}

export const BIZ_STEP_LABELS: Record<BizStep, string> = {
  commissioning: '建立批次',
  harvesting: '采收',
  sampling: '抽样',
  inspecting: '检测',
  packing: '包装',
  storing: '入库储存',
  loading: '装车',
  shipping: '发货',
  arriving: '到达',
  receiving: '收货',
  accepting: '验收',
  retail_selling: '销售',
  destroying: '销毁',
};

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  active: '已建立',
  in_progress: '进行中',
  in_transit: '运输中',
  conformant: '合格',
  non_conformant: '不合格',
  container_closed: '已封箱',
  sellable_accessible: '可销售',
  sellable_not_accessible: '暂不可售',
  damaged: '破损',
  expired: '过期',
  recalled: '已召回',
  destroyed: '已销毁',
};
