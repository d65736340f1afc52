import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useSupplyBases } from '../bases/api';
import { useProducts } from '../products/api';
import { useSupplierProfile } from '../profile/api';
import { FileUpload } from '../shared/FileUpload';
import { applyNestedFieldErrors } from '../shared/formErrors';
import { useCreateBatch } from './api';
import { toBatchBody, type BatchValues } from './batchForm';

const req = (message: string) => ({ required: true, whitespace: true, message });
const DEFAULT_ITEMS = [{ name: '农药残留', result: '未检出', passed: true }, { name: '重金属', result: '符合 GB 2762', passed: true }];

/** 新建批次: the batch, its optional inspection, and the 承诺达标合格证 it carries. */
export function CreateBatchPage() {
  const [form] = Form.useForm<BatchValues>();
  const inspected = Form.useWatch('inspected', form);
  const products = useProducts();
  const bases = useSupplyBases();
  const profile = useSupplierProfile();
  const create = useCreateBatch();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const onFinish = (v: BatchValues) =>
    create.mutate(toBatchBody(v), {
      onSuccess: (b) => {
        message.success(`批次已建立，追溯码 ${b.traceCode}`);
        navigate(`/supplier/batches/${b.id}`, { replace: true });
      },
      onError: (err) => {
        message.error(errorMessage(err));
        applyNestedFieldErrors(form, fieldErrors(err));
      },
    });

  if (profile.isPending) return null;
  return (
    <Card title="新建批次" extra={<Button onClick={() => navigate('/supplier/batches')}>返回列表</Button>}>
      {create.isError && <Alert type="error" showIcon title={errorMessage(create.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} name="createBatch" layout="vertical" onFinish={onFinish} scrollToFirstError
        initialValues={{
          harvestDate: dayjs(), unit: '公斤', inspected: false,
          inspection: { testedOn: dayjs(), items: DEFAULT_ITEMS },
          certificate: { contactPhone: profile.data?.contact?.phone, issuedOn: dayjs(), selfTested: false },
        }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="productId" label="商品" rules={[{ required: true, message: '请选择商品' }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} loading={products.isLoading} placeholder="选择商品"
                options={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="supplyBaseId" label="生产基地" extra="不选则用商品登记的基地">
              <Select allowClear loading={bases.isLoading} placeholder="商品登记的基地"
                options={(bases.data ?? []).map((b) => ({ value: b.id, label: `${b.name}（${b.countyName ?? b.countyCode}）` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="batchNo" label="批次号" extra="自编，同一供应商内唯一；字母、数字和 . _ - / #"
              rules={[req('请填写批次号'), { pattern: /^[A-Za-z0-9][A-Za-z0-9._\-/#]{0,39}$/, message: '只能由字母、数字和 . _ - / # 组成，最长 40 位' }]}>
              <Input maxLength={40} placeholder="如：TD-2026-0618-01" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="harvestDate" label="采收/生产日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="quantity" label="数量" rules={[{ required: true, message: '请填写数量' }]}>
              <InputNumber min={1} max={100_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="unit" label="单位" rules={[req('请填写单位')]}>
              <Input maxLength={10} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">检测</Divider>
        <Form.Item name="inspected" label="本批次已送检" valuePropName="checked">
          <Switch checkedChildren="已检测" unCheckedChildren="未检测" />
        </Form.Item>
        {inspected && (
          <>
            <Row gutter={16}>
              <Col xs={24} md={10}>
                <Form.Item name={['inspection', 'lab']} label="检测机构" rules={[req('请填写检测机构'), { min: 2, message: '至少 2 个字' }]}>
                  <Input maxLength={100} placeholder="如：百色市农产品质量安全检测中心" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['inspection', 'testedOn']} label="检测日期" rules={[{ required: true, message: '请选择检测日期' }]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['inspection', 'reportFileId']} label="检测报告">
                  <FileUpload label="上传报告" />
                </Form.Item>
              </Col>
            </Row>
            <Form.List name={['inspection', 'items']} rules={[{ validator: async (_, items) => { if (!items?.length) throw new Error('请至少填写一个检测项目'); } }]}>
              {(fields, { add, remove }, { errors }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" wrap>
                      <Form.Item name={[f.name, 'name']} rules={[req('请填写项目')]}><Input placeholder="检测项目" maxLength={40} /></Form.Item>
                      <Form.Item name={[f.name, 'result']} rules={[req('请填写结果')]}><Input placeholder="结果，如：未检出" maxLength={100} /></Form.Item>
                      <Form.Item name={[f.name, 'passed']} valuePropName="checked"><Checkbox>合格</Checkbox></Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除检测项目" />
                    </Space>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ passed: true })} style={{ marginBottom: 16 }}>添加检测项目</Button>
                  <Alert type="info" showIcon title="总体结论按检测项目自动判定：全部合格才为合格" style={{ marginBottom: 16 }} />
                </>
              )}
            </Form.List>
          </>
        )}

        <Divider titlePlacement="start">承诺达标合格证</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['certificate', 'contactPhone']} label="联系电话"
              rules={[{ required: true, message: '请填写联系电话' }, { pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: '请填写手机号或带区号的固定电话' }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['certificate', 'producer']} label="生产者" extra="不填则为供应商名称">
              <Input maxLength={100} placeholder={profile.data?.name} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['certificate', 'origin']} label="产地" extra="不填则为基地所在县与乡镇">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['certificate', 'quantityText']} label="数量（重量）" extra="不填则为批次数量与单位">
              <Input maxLength={30} placeholder="如：500 公斤" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['certificate', 'issuedOn']} label="开具日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['certificate', 'selfTested']} label=" " valuePropName="checked">
              <Checkbox>加注“自检合格”标识</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>建立批次并开具合格证</Button>
          <Button onClick={() => navigate('/supplier/batches')}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
