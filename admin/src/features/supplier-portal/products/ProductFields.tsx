import { Checkbox, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useMemo } from 'react';
import { useCounties } from '../../regions/api';
import { useSupplyBases } from '../bases/api';
import { useSupplierProfile } from '../profile/api';
import { ImagesUpload } from '../shared/ImagesUpload';
import { CATEGORY, STORAGE, toOptions } from '../shared/labels';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));

/** A product's content fields, inside a parent <Form>. */
export function ProductFields() {
  const profile = useSupplierProfile();
  const bases = useSupplyBases();
  const counties = useCounties();
  const baseId = Form.useWatch('supplyBaseId');

  // The API accepts the supplier's own county, or the county of the chosen base.
  const originOptions = useMemo(() => {
    const name = (code: string) => counties.data?.find((c) => c.code === code)?.fullName ?? code;
    const codes = new Set<string>();
    if (profile.data) codes.add(profile.data.countyCode);
    const base = bases.data?.find((b) => b.id === baseId);
    if (base) codes.add(base.countyCode);
    return [...codes].map((code) => ({ value: code, label: `${name(code)}（${code}）` }));
  }, [profile.data, bases.data, baseId, counties.data]);

  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item name="name" label="商品名称" rules={[{ required: true, whitespace: true, message: '请输入商品名称' }, { min: 2, max: 100, message: '名称为 2–100 个字' }]}>
          <Input maxLength={100} placeholder="如：百色芒果（台农一号）" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="category" label="品类" rules={[{ required: true, message: '请选择品类' }]}>
          <Select options={toOptions(CATEGORY)} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="images" label="商品图片" extra="第一张为封面，最多 9 张；JPEG/PNG/WebP，不超过 5 MB">
          <ImagesUpload />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="description" label="商品介绍" rules={[{ required: true, whitespace: true, message: '请输入商品介绍' }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount placeholder="产地、品种、口感、采摘与包装方式等" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="supplyBaseId" label="生产基地" extra="登记的基地会显示在商品页和追溯页">
          <Select allowClear placeholder="不指定" loading={bases.isLoading}
            options={(bases.data ?? []).map((b) => ({ value: b.id, label: `${b.name}（${b.countyName ?? b.countyCode}）` }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="originCountyCode" label="产地县" rules={[{ required: true, message: '请选择产地县' }]}
          extra="供应商注册县或所选基地所在县">
          <Select options={originOptions} loading={profile.isLoading} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="storage" label="储存条件" rules={[{ required: true, message: '请选择' }]}>
          <Select options={toOptions(STORAGE)} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="coldChain" label="冷链运输" valuePropName="checked">
          <Switch checkedChildren="需要" unCheckedChildren="不需要" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="saleMonths" label="销售月份" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个月份' }]}>
          <Checkbox.Group options={MONTHS} />
        </Form.Item>
      </Col>
    </Row>
  );
}
