import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { Alert, App, Form, Modal } from 'antd';
import { applyNestedFieldErrors } from '../shared/formErrors';
import { fenToYuan, yuanToFen } from '../shared/money';
import { useAddSku, useUpdateSku, type OwnSku, type UpdateSkuBody } from './api';
import { emptySku, toSkuBody, type SkuValues } from './productForm';
import { SkuFields } from './SkuFields';

const rename = { priceFen: 'priceYuan' };

/** Adds a SKU (sku undefined) or edits one's reviewed fields (spec, unit, weight, price, minimum). */
export function SkuModal(props: { productId: string; sku?: OwnSku; needsReview: boolean; open: boolean; onClose: () => void }) {
  const { productId, sku, needsReview, open, onClose } = props;
  const [form] = Form.useForm<SkuValues>();
  const add = useAddSku();
  const update = useUpdateSku(productId);
  const { message } = App.useApp();
  const pending = add.isPending || update.isPending;

  const onError = (err: Error) => {
    message.error(errorMessage(err));
    applyNestedFieldErrors(form, fieldErrors(err), rename);
  };
  const done = (text: string) => () => {
    message.success(text);
    onClose();
  };

  const onOk = async () => {
    const v = await form.validateFields();
    if (!sku) {
      add.mutate({ productId, body: toSkuBody(v) }, { onSuccess: done(needsReview ? '规格已添加，审核通过后开售' : '规格已添加'), onError });
      return;
    }
    const next: UpdateSkuBody = {};
    if (v.spec.trim() !== sku.spec) next.spec = v.spec.trim();
    if (v.unit.trim() !== sku.unit) next.unit = v.unit.trim();
    if (v.netWeightGrams !== sku.netWeightGrams) next.netWeightGrams = v.netWeightGrams;
    if (yuanToFen(v.priceYuan) !== sku.priceFen) next.priceFen = yuanToFen(v.priceYuan)!;
    if (v.agencyMinQty !== sku.agencyMinQty) next.agencyMinQty = v.agencyMinQty;
    if (!Object.keys(next).length) return void onClose();
    update.mutate({ skuId: sku.id, body: next }, { onSuccess: done(needsReview ? '修改已提交审核，审核通过后生效' : '已保存'), onError });
  };

  const initial: Partial<SkuValues> = sku
    ? { spec: sku.spec, unit: sku.unit, netWeightGrams: sku.netWeightGrams, priceYuan: fenToYuan(sku.priceFen), agencyMinQty: sku.agencyMinQty }
    : emptySku;

  return (
    <Modal title={sku ? `编辑规格：${sku.spec}` : '添加规格'} open={open} onOk={onOk} onCancel={onClose} okText="保存"
      confirmLoading={pending} destroyOnHidden width={760}>
      {needsReview && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }}
          title={sku ? '商品已审核通过：规格、价格等修改需平台审核，审核通过前仍按原价销售' : '商品已审核通过：新规格需平台审核后才能开售'} />
      )}
      <Form form={form} name="sku" layout="vertical" initialValues={initial} preserve={false}>
        <SkuFields withStock={!sku} />
      </Form>
    </Modal>
  );
}
