import { errorMessage, fieldErrors, unwrap, type ResponseOf } from '@bangfu/api-client';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api } from '../../../lib/api';
import { toNamePath } from '../../supplier-portal/shared/formErrors';
import { fenToYuan, yuanToFen } from '../../supplier-portal/shared/money';
import { useProposeAgreement } from '../api';
import { yuan } from '../shared/format';

type ProductSummary = ResponseOf<'/api/products', 'get'>['items'][number];
type ProductDetail = ResponseOf<'/api/products/{id}', 'get'>;

interface LineValues { productId?: string; skuId?: string; price?: string; minQty?: number }
interface Values { supplierId?: string; title: string; period: [Dayjs, Dayjs]; lines: LineValues[]; note?: string }

function useProductSearch(q: string) {
  return useQuery({
    queryKey: ['agency', 'agreement-products', q],
    queryFn: () => unwrap(api.GET('/api/products', { params: { query: { pageSize: 100, ...(q ? { q } : {}) } } })),
    select: (d) => d.items,
    staleTime: 60_000,
  });
}

function useProductDetail(id: string | undefined) {
  return useQuery({
    queryKey: ['agency', 'agreement-product', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id: id! } } })),
    staleTime: 60_000,
  });
}

/** One agreed SKU: product → spec → agreed price (≤ shop price) → minimum per order. */
function LineRow({ index, products, onRemove }: { index: number; products: ProductSummary[]; onRemove: () => void }) {
  const form = Form.useFormInstance<Values>();
  const productId = Form.useWatch(['lines', index, 'productId'], form);
  const skuId = Form.useWatch(['lines', index, 'skuId'], form);
  const detail = useProductDetail(productId);
  const sku = detail.data?.skus.find((s) => s.id === skuId);

  return (
    <Space align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
      <Form.Item name={[index, 'productId']} rules={[{ required: true, message: '请选择商品' }]} style={{ marginBottom: 0 }}>
        <Select aria-label={`第 ${index + 1} 行商品`} placeholder="商品" style={{ width: 200 }} showSearch optionFilterProp="label"
          options={products.map((p) => ({ value: p.id, label: p.name }))}
          onChange={() => form.setFieldValue(['lines', index, 'skuId'], undefined)} />
      </Form.Item>
      <Form.Item name={[index, 'skuId']} rules={[{ required: true, message: '请选择规格' }]} style={{ marginBottom: 0 }}>
        <Select aria-label={`第 ${index + 1} 行规格`} placeholder="规格" style={{ width: 180 }} loading={detail.isFetching}
          options={(detail.data?.skus ?? []).map((s) => ({ value: s.id, label: `${s.name}（${yuan(s.priceFen)}）` }))}
          onChange={(id) => {
            const s = (detail.data as ProductDetail | undefined)?.skus.find((x) => x.id === id);
            if (!s) return;
            form.setFieldValue(['lines', index, 'price'], fenToYuan(s.priceFen));
            form.setFieldValue(['lines', index, 'minQty'], s.agencyMinQty);
          }} />
      </Form.Item>
      <Form.Item name={[index, 'price']} dependencies={[['lines', index, 'skuId']]} style={{ marginBottom: 0 }}
        rules={[
          { required: true, message: '请填写协议价' },
          {
            validator: (_, v) => {
              const fen = yuanToFen(String(v ?? ''));
              if (v && (fen === null || fen < 1)) return Promise.reject(new Error('请输入金额'));
              if (fen !== null && sku && fen > sku.priceFen) return Promise.reject(new Error(`不能高于商城价 ${yuan(sku.priceFen)}`));
              return Promise.resolve();
            },
          },
        ]}>
        <Input aria-label={`第 ${index + 1} 行协议价`} prefix="¥" placeholder="协议价" style={{ width: 130 }} inputMode="decimal" />
      </Form.Item>
      <Form.Item name={[index, 'minQty']} style={{ marginBottom: 0 }}
        rules={[{ validator: (_, v) => (v && sku && v < sku.agencyMinQty ? Promise.reject(new Error(`不低于起订量 ${sku.agencyMinQty}`)) : Promise.resolve()) }]}>
        <InputNumber aria-label={`第 ${index + 1} 行每单最少数量`} placeholder="每单最少" min={1} max={9999} precision={0} />
      </Form.Item>
      <Button aria-label="删除此行" icon={<DeleteOutlined />} onClick={onRemove} />
    </Space>
  );
}

/** 提出定向直供协议: one supplier, agreed SKUs at prices no higher than the shop's, a period. */
export function ProposeAgreementModal({ agencyId, open, onClose }: { agencyId?: string; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const search = useProductSearch(q);
  const propose = useProposeAgreement(agencyId);
  const supplierId = Form.useWatch('supplierId', form);

  const suppliers = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of search.data ?? []) m.set(p.supplier.id, p.supplier.name);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [search.data]);
  const products = (search.data ?? []).filter((p) => p.supplier.id === supplierId);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !v.supplierId) return;
    propose.mutate(
      {
        supplierId: v.supplierId,
        title: v.title.trim(),
        validFrom: v.period[0].format('YYYY-MM-DD'),
        validTo: v.period[1].format('YYYY-MM-DD'),
        lines: v.lines.map((l) => ({ skuId: l.skuId!, priceFen: yuanToFen(String(l.price))!, ...(l.minQty ? { minQty: l.minQty } : {}) })),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      },
      {
        onSuccess: () => { message.success('协议已提出，等待供应商确认'); onClose(); },
        onError: (e) => {
          const errs = fieldErrors(e);
          form.setFields(Object.entries(errs).map(([f, m]) => ({ name: toNamePath(f.replace(/priceFen$/, 'price')) as never, errors: [m] })));
          message.error(errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal title="提出定向直供协议" open={open} onCancel={onClose} onOk={submit} okText="提交协议" confirmLoading={propose.isPending} width={860} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}
        initialValues={{ period: [dayjs(), dayjs().endOf('year')], lines: [{}] }}>
        <Space wrap align="start">
          <Form.Item label="搜索商品找供应商">
            <Input.Search allowClear placeholder="商品名、产地" onSearch={setQ} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="supplierId" label="供应商" rules={[{ required: true, message: '请选择供应商' }]}>
            <Select style={{ width: 260 }} showSearch optionFilterProp="label" options={suppliers} loading={search.isFetching}
              onChange={() => form.setFieldValue('lines', [{}])} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label="协议名称" rules={[{ required: true, whitespace: true, message: '请填写协议名称' }, { min: 2, max: 100, message: '2–100 个字' }]}>
          <Input placeholder="如：2026 年第一食堂芒果定向直供" />
        </Form.Item>
        <Form.Item name="period" label="有效期" rules={[{ required: true, message: '请选择有效期' }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Typography.Text strong>协议商品</Typography.Text>
        <Typography.Paragraph type="secondary">协议价不得高于商城价；每单最少数量不低于单位起订量。</Typography.Paragraph>
        <Form.List name="lines" rules={[{ validator: (_, v) => (v?.length ? Promise.resolve() : Promise.reject(new Error('至少一个商品'))) }]}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => <LineRow key={f.key} index={f.name} products={products} onRemove={() => remove(f.name)} />)}
              <Button icon={<PlusOutlined />} disabled={!supplierId} onClick={() => add({})}>添加商品</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label="备注" style={{ marginTop: 16 }}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
