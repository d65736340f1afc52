/** GS1 CBV business steps and dispositions with the labels the public trace page uses. */
export const BIZ_STEP: Record<string, string> = {
  commissioning: '建立批次', harvesting: '采收', sampling: '抽样', inspecting: '检测', packing: '包装', storing: '入库储存',
  loading: '装车', shipping: '发货', arriving: '到达', receiving: '收货', accepting: '验收', retail_selling: '销售', destroying: '销毁',
};

export const DISPOSITION: Record<string, string> = {
  active: '已建立', in_progress: '进行中', in_transit: '运输中', conformant: '合格', non_conformant: '不合格', container_closed: '已封箱',
  sellable_accessible: '可销售', sellable_not_accessible: '暂不可售', damaged: '破损', expired: '过期', recalled: '已召回', destroyed: '已销毁',
};

export const EVENT_TYPE: Record<string, string> = { OBJECT: '对象事件', AGGREGATION: '聚合事件', TRANSFORMATION: '转换事件', TRANSACTION: '交易事件' };
export const ACTION: Record<string, string> = { ADD: '新增', OBSERVE: '观察', DELETE: '删除' };

/** The usual disposition after a step, proposed when the step is picked. */
export const DEFAULT_DISPOSITION: Record<string, string> = {
  commissioning: 'active', harvesting: 'in_progress', sampling: 'in_progress', inspecting: 'conformant', packing: 'container_closed',
  storing: 'sellable_not_accessible', loading: 'in_transit', shipping: 'in_transit', arriving: 'in_transit', receiving: 'sellable_not_accessible',
  accepting: 'sellable_accessible', retail_selling: 'sellable_accessible', destroying: 'destroyed',
};
