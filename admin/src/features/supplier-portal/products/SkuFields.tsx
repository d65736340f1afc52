import { Col, Form, Input, InputNumber, Row } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { yuanToFen } from '../shared/money';

/** Price rule: 元 with at most two decimals, 0.01 to 1,000,000. */
export const priceRules = [
  { required: true, message: '请输入价格' },
  {
    validator: (_: unknown, v: string | null | undefined) => {
      if (v === undefined || v === null || v === '') return Promise.resolve();
      const fen = yuanToFen(v);
      if (fen === null) return Promise.reject(new Error('价格最多两位小数'));
      if (fen < 1 || fen > 100_000_000) return Promise.reject(new Error('价格须在 0.01–1,000,000 元之间'));
      return Promise.resolve();
    },
  },
];

export function PriceInput(props: { disabled?: boolean }) {
  return <InputNumber<string> stringMode min="0.01" max="1000000" precision={2} prefix="¥" style={{ width: '100%' }} {...props} />;
}

/**
 * The fields of one SKU; `prefix` is the Form.List item name on the create form, empty in the SKU
 * modal. `withStock` is false when editing (stock has its own immediate editor).
 */
export function SkuFields({ prefix = [], withStock = true }: { prefix?: (string | number)[]; withStock?: boolean }) {
  const n = (f: string): NamePath => [...prefix, f];
  return (
    <Row gutter={8}>
      <Col xs={24} md={withStock ? 6 : 8}>
        <Form.Item name={n('spec')} label="规格" rules={[{ required: true, whitespace: true, message: '请填写规格' }]}>
          <Input maxLength={60} placeholder="如：5斤装 精品中果" />
        </Form.Item>
      </Col>
      <Col xs={8} md={3}>
        <Form.Item name={n('unit')} label="单位" rules={[{ required: true, whitespace: true, message: '请填写' }]}>
          <Input maxLength={10} placeholder="箱" />
        </Form.Item>
      </Col>
      <Col xs={16} md={withStock ? 4 : 5}>
        <Form.Item name={n('netWeightGrams')} label="净含量" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={1} max={1_000_000} precision={0} suffix="克" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={n('priceYuan')} label="价格（元）" rules={priceRules}>
          <PriceInput />
        </Form.Item>
      </Col>
      {withStock && (
        <Col xs={12} md={3}>
          <Form.Item name={n('stock')} label="库存" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      <Col xs={12} md={withStock ? 3 : 4}>
        <Form.Item name={n('agencyMinQty')} label="单位起订量" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
