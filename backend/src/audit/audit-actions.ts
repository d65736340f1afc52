/**
 * The action codes of the audit log with their Chinese labels (for the back office's filter and the
 * export). A context that records a new kind of line adds its code here; codes found in the log but
 * missing here are still listed by GET /api/admin/audit/actions (labelled with the code itself).
 */
export const AUDIT_ACTIONS: Record<string, string> = {
  // suppliers
  'supplier.apply': '供应商提交入驻申请',
  'supplier.resubmit': '供应商修改并重新提交申请',
  'supplier.admit': '运营直接登记供应商',
  'supplier.approve': '供应商准入通过',
  'supplier.reject': '驳回供应商申请',
  'supplier.suspend': '暂停供应商',
  'supplier.reinstate': '恢复供应商',
  'supply_base.verify': '核验生产基地',
  'supply_base.reject': '驳回生产基地',
  // catalog
  'product.approve': '商品审核通过',
  'product.reject': '商品审核驳回',
  'product.changes_approve': '商品修改审核通过',
  'product.changes_reject': '商品修改审核驳回',
  'product.list': '商品上架',
  'product.unlist': '供应商下架商品',
  'product.take_down': '运营强制下架商品',
  'product.expire': '认定过期自动下架',
  'sku.price': '规格价格变更',
  'sku.stock': '库存调整',
  'sku.disable': '规格停售',
  'certification.approve': '证书审核通过',
  'certification.reject': '证书审核驳回',
  // regions
  'pairing.create': '新增结对关系',
  'pairing.end': '终止结对关系',
  // identity
  'user.create': '创建账号',
  'user.roles': '修改账号角色',
  'user.disable': '停用账号',
  'user.enable': '启用账号',
  // orders, payments, promotions
  'refund.approve': '同意退款申请',
  'refund.reject': '拒绝退款申请',
  'refund.execute': '退款成功',
  'refund.fail': '退款失败',
  'settlement.create': '生成结算单',
  'settlement.paid': '结算单已付款',
  'payment.refund_duplicate': '退回重复支付',
  'coupon_campaign.create': '创建工会券活动',
  'coupon_campaign.suspend': '暂停工会券活动',
  'coupon_campaign.resume': '恢复工会券活动',
  'coupon.grant': '按名单发放工会券',
  // procurement: agencies, orders, agreements, quota
  'agency.create': '创建预算单位',
  'agency.update': '修改预算单位',
  'canteen.create': '新增食堂',
  'canteen.update': '修改食堂',
  'canteen.contractor': '设置外包食堂承包方账号',
  'procurement.approval_rule.set': '修改采购审批规则',
  'procurement.order.submitted': '提交采购订单',
  'procurement.order.approved': '审批通过采购订单',
  'procurement.order.rejected': '审批驳回采购订单',
  'procurement.order.cancelled': '取消采购订单',
  'procurement.order.auto_cancelled': '供应商超时未确认，采购订单自动取消',
  'procurement.order.confirmed': '供应商确认采购订单',
  'procurement.order.declined': '供应商拒绝采购订单',
  'procurement.order.shipped': '采购订单发货',
  'procurement.order.accepted': '采购订单验收',
  'procurement.order.refunded': '采购订单退款',
  'procurement.invoice.submitted': '供应商提交发票',
  'procurement.invoice.verified': '验票通过',
  'procurement.invoice.rejected': '验票退回',
  'procurement.payment.transfer_declared': '登记对公转账',
  'procurement.payment.transfer_confirmed': '确认对公转账到账',
  'procurement.payment.alipay_paid': '采购订单支付宝到账',
  'agreement.propose': '发起定向直供协议',
  'agreement.accept': '供应商接受定向直供协议',
  'agreement.decline': '供应商拒绝定向直供协议',
  'agreement.end': '终止定向直供协议',
  'standing_order.create': '创建每周固定订单',
  'standing_order.update': '修改每周固定订单',
  'standing_order.pause': '暂停每周固定订单',
  'standing_order.resume': '恢复每周固定订单',
  'standing_order.stop': '停止每周固定订单',
  'quota_policy.create': '新增份额政策',
  'quota_policy.update': '修改份额政策（新版本）',
  'quota_declaration.file': '填报年度食堂采购申报',
  'quota_declaration.amend': '修改年度食堂采购申报',
  'quota_declaration.remind': '催报年度申报',
};

/** Dotted lower-case codes: `supplier.approve`, `coupon_campaign.create`. */
export const ACTION_CODE = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;

export const actionLabel = (code: string): string => AUDIT_ACTIONS[code] ?? code;
