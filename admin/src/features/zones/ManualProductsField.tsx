import { Form, Select } from 'antd';
import { fenToYuan } from '../../lib/money';
import { usePickableProducts } from './api';

/** A MANUAL zone's products, picked among listed products (unlisted ones drop out of the shop by themselves). */
export function ManualProductsField() {
  const products = usePickableProducts();
  const opts = (products.data ?? []).map((p) => {
    const prices = p.skus.filter((s) => s.enabled).map((s) => s.priceFen);
    const from = prices.length ? ` · ¥${fenToYuan(Math.min(...prices))} 起` : '';
    return { value: p.id, label: `${p.name}（${p.county.name}${from}）` };
  });
  return (
    <Form.Item name="productIds" label="专区商品" tooltip="从已上架商品中选择">
      <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} loading={products.isLoading}
        placeholder="搜索商品名称" options={opts} />
    </Form.Item>
  );
}
