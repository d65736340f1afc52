import { errorMessage } from '@bangfu/api-client';
import { App, Button, Drawer, Space } from 'antd';
import { useState } from 'react';
import { ReasonModal, type ReasonRequest } from '../review/ReasonModal';
import { useProductDecision, type ManagedProduct, type ProductDecision } from './api';
import { ProductDetail } from './ProductDetail';

const ASK: Record<Exclude<ProductDecision, 'approve'>, ReasonRequest> = {
  reject: { title: '驳回', okText: '确认驳回', danger: true, placeholder: '如：价格明显高于市场均价，请核实' },
  unlist: { title: '强制下架', okText: '确认下架', danger: true, placeholder: '如：抽检不合格，暂停销售' },
};

const DONE: Record<ProductDecision, string> = { approve: '已审核通过', reject: '已驳回', unlist: '已下架' };

/** A product in a drawer; in the queue it offers 通过 / 驳回, in 商品管理 a take-down of a listed product. */
export function ProductDrawer({ product, supplierName, mode, onClose }: {
  product: ManagedProduct | null;
  supplierName?: string;
  mode: 'review' | 'manage';
  onClose: () => void;
}) {
  const decide = useProductDecision();
  const { message, modal } = App.useApp();
  const [asking, setAsking] = useState<Exclude<ProductDecision, 'approve'> | null>(null);

  const run = (decision: ProductDecision, reason?: string) =>
    product &&
    decide.mutate(
      { id: product.id, decision, reason },
      {
        onSuccess: () => {
          message.success(`「${product.name}」${DONE[decision]}`);
          setAsking(null);
          onClose();
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  const approve = () =>
    modal.confirm({
      title: '确认审核通过？',
      content: product?.status === 'SUBMITTED' ? '通过后供应商即可上架该商品。' : '通过后修改内容立即生效。',
      okText: '通过',
      onOk: () => run('approve'),
    });

  const actions = product && (
    <Space>
      {mode === 'review' && <Button type="primary" onClick={approve} loading={decide.isPending}>审核通过</Button>}
      {mode === 'review' && <Button danger onClick={() => setAsking('reject')}>驳回</Button>}
      {mode === 'manage' && product.status === 'LISTED' && <Button danger onClick={() => setAsking('unlist')}>强制下架</Button>}
    </Space>
  );

  return (
    <Drawer title={product?.name} open={!!product} onClose={onClose} size="large" extra={actions} destroyOnHidden>
      {product && <ProductDetail p={product} supplierName={supplierName} inQueue={mode === 'review'} />}
      <ReasonModal request={asking ? { ...ASK[asking], title: `${ASK[asking].title}「${product?.name}」` } : null}
        loading={decide.isPending} onSubmit={(r) => asking && run(asking, r)} onClose={() => setAsking(null)} />
    </Drawer>
  );
}
