import { errorMessage } from '@bangfu/api-client';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { AllowedActions } from './actions';
import { useProductAction, type ManagedProduct, type ProductAction } from './api';

const LABELS: Record<ProductAction, { button: string; confirm: string; done: string }> = {
  submit: { button: '提交审核', confirm: '提交后审核期间不能修改，确定提交？', done: '已提交审核' },
  list: { button: '上架', confirm: '上架后商品将在商城展示销售，确定上架？', done: '已上架' },
  unlist: { button: '下架', confirm: '下架后商品不再在商城展示，确定下架？', done: '已下架' },
};

/** Only the actions the product's state allows; blocked ones are shown disabled with the reason. */
export function ProductActions({ product, allowed }: { product: ManagedProduct; allowed: AllowedActions }) {
  const run = useProductAction();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const button = (action: ProductAction, primary: boolean, blocked: string | null) => {
    const l = LABELS[action];
    const go = () =>
      run.mutate({ id: product.id, action }, { onSuccess: () => message.success(l.done), onError: (e) => message.error(errorMessage(e)) });
    if (blocked) {
      return <Tooltip key={action} title={blocked}><Button disabled type={primary ? 'primary' : 'default'}>{l.button}</Button></Tooltip>;
    }
    return (
      <Popconfirm key={action} title={l.confirm} onConfirm={go} okText={l.button} cancelText="取消">
        <Button type={primary ? 'primary' : 'default'} danger={action === 'unlist'} loading={run.isPending && run.variables?.action === action}>{l.button}</Button>
      </Popconfirm>
    );
  };

  return (
    <Space wrap>
      {allowed.edit && <Button onClick={() => navigate(`/supplier/products/${product.id}/edit`)}>编辑商品信息</Button>}
      {allowed.submit && button('submit', true, allowed.blockedReason)}
      {allowed.list && button('list', true, allowed.blockedReason)}
      {allowed.unlist && button('unlist', false, null)}
    </Space>
  );
}
