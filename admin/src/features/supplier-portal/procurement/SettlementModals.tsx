import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { App, Form, Input, Modal, Typography } from 'antd';
import { applyFieldErrors } from '../../misc/formErrors';
import { yuan } from '../../agency/shared/format';
import { FileUpload } from '../shared/FileUpload';
import { fenToYuan, yuanToFen } from '../shared/money';
import { useRefund, useShipOrder, useSubmitInvoice, type SupplierOrder } from './api';

const amountRule = (maxFen: number, what: string) => ({
  validator: (_: unknown, v?: string) => {
    if (!v) return Promise.resolve();
    const fen = yuanToFen(String(v));
    if (fen === null || fen < 1) return Promise.reject(new Error('请输入金额，最多两位小数'));
    if (fen > maxFen) return Promise.reject(new Error(`${what}不能超过 ${yuan(maxFen)}`));
    return Promise.resolve();
  },
});

/** 发货: carrier (物流公司) and tracking number. */
export function ShipModal({ order, onClose }: { order: SupplierOrder | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ carrier: string; trackingNo?: string; note?: string }>();
  const ship = useShipOrder();
  const submit = async () => {
    if (!order) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    ship.mutate(
      { id: order.id, carrier: v.carrier.trim(), ...(v.trackingNo?.trim() ? { trackingNo: v.trackingNo.trim() } : {}), ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
      { onSuccess: () => { message.success('已发货'); onClose(); }, onError: (e) => { applyFieldErrors(form, fieldErrors(e)); message.error(errorMessage(e)); } },
    );
  };
  return (
    <Modal title={`发货 ${order?.orderNo ?? ''}`} open={!!order} onCancel={onClose} onOk={submit} okText="确认" cancelText="取消" confirmLoading={ship.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="carrier" label="物流公司" rules={[{ required: true, whitespace: true, message: '请填写物流公司' }, { max: 40 }]}>
          <Input placeholder="如：顺丰冷运、自有车辆配送" />
        </Form.Item>
        <Form.Item name="trackingNo" label="运单号" rules={[{ max: 40 }]}><Input /></Form.Item>
        <Form.Item name="note" label="备注" rules={[{ max: 200 }]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** 开票: the fapiao's number, amount (accepted − refunded) and PDF. */
export function InvoiceModal({ order, onClose }: { order: SupplierOrder | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ invoiceNo: string; amount: string; fileId?: string }>();
  const submitInvoice = useSubmitInvoice();
  const dueFen = order ? (order.acceptedFen ?? 0) - order.refundedFen : 0;
  const submit = async () => {
    if (!order) return;
    const v = await form.validateFields().catch(() => null);
    if (!v || !v.fileId) return;
    submitInvoice.mutate(
      { id: order.id, invoiceNo: v.invoiceNo.trim(), amountFen: yuanToFen(v.amount)!, fileId: v.fileId },
      {
        onSuccess: () => { message.success('发票已提交，等待采购方验票'); onClose(); },
        onError: (e) => { applyFieldErrors(form, fieldErrors(e), { amountFen: 'amount' }); message.error(errorMessage(e)); },
      },
    );
  };
  return (
    <Modal title={`登记发票 ${order?.orderNo ?? ''}`} open={!!order} onCancel={onClose} onOk={submit} okText="提交发票" confirmLoading={submitInvoice.isPending} destroyOnHidden>
      {order && (
        <Form form={form} layout="vertical" preserve={false} initialValues={{ amount: fenToYuan(dueFen) }}>
          <Typography.Paragraph type="secondary">发票金额须等于验收金额 {yuan(order.acceptedFen)} 减已退款 {yuan(order.refundedFen)}。</Typography.Paragraph>
          <Form.Item name="invoiceNo" label="发票号码" rules={[{ required: true, message: '请填写发票号码' }, { pattern: /^(\d{8}|\d{20})$/, message: '数电票 20 位或普票 8 位数字' }]}>
            <Input maxLength={20} inputMode="numeric" />
          </Form.Item>
          <Form.Item name="amount" label="发票金额（元）" rules={[{ required: true, message: '请填写发票金额' }, amountRule(dueFen, '发票金额')]}>
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
          <Form.Item name="fileId" label="发票 PDF" rules={[{ required: true, message: '请上传发票 PDF' }]}>
            <FileUpload kind="pdf" label="上传发票 PDF" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** 退款: after acceptance, agreed with the buyer; a bank-transfer order needs the refund's reference. */
export function RefundModal({ order, onClose }: { order: SupplierOrder | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ amount: string; reason: string; reference?: string }>();
  const refund = useRefund();
  const maxFen = order ? (order.acceptedFen ?? 0) - order.refundedFen : 0;
  const needsReference = order?.payment.status === 'PAID' && order.payment.method === 'BANK_TRANSFER';
  const submit = async () => {
    if (!order) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    refund.mutate(
      { id: order.id, amountFen: yuanToFen(v.amount)!, reason: v.reason.trim(), ...(v.reference?.trim() ? { reference: v.reference.trim() } : {}) },
      {
        onSuccess: () => { message.success('已退款'); onClose(); },
        onError: (e) => { applyFieldErrors(form, fieldErrors(e), { amountFen: 'amount' }); message.error(errorMessage(e)); },
      },
    );
  };
  return (
    <Modal title={`退款 ${order?.orderNo ?? ''}`} open={!!order} onCancel={onClose} onOk={submit} okText="确认退款" okButtonProps={{ danger: true }} confirmLoading={refund.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Typography.Paragraph type="secondary">最多可退 {yuan(maxFen)}（验收金额减已退款）。</Typography.Paragraph>
        <Form.Item name="amount" label="退款金额（元）" rules={[{ required: true, message: '请填写退款金额' }, amountRule(maxFen, '退款金额')]}>
          <Input prefix="¥" inputMode="decimal" />
        </Form.Item>
        <Form.Item name="reason" label="退款原因" rules={[{ required: true, whitespace: true, message: '请填写退款原因' }, { max: 200 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="reference" label="退款转账流水号"
          rules={[{ required: needsReference, message: '对公转账付款的订单须填写退款流水号' }, { pattern: /^[\x21-\x7e]{4,64}$/, message: '4–64 位字母、数字或符号' }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
