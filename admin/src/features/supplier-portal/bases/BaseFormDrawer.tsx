import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { CountySelect } from '../../regions/selects';
import { FileUpload } from '../shared/FileUpload';
import { applyNestedFieldErrors } from '../shared/formErrors';
import { BASE_CERT_TYPE, BASE_TYPE, toOptions } from '../shared/labels';
import { useCreateBase, useUpdateBase, type SupplyBase } from './api';
import { baseErrorRename, fromBase, toBaseBody, type BaseValues } from './baseForm';

const required = (message: string) => ({ required: true, message });

/** Create (base undefined) or edit a supply base. */
export function BaseFormDrawer({ open, base, onClose }: { open: boolean; base?: SupplyBase; onClose: () => void }) {
  const [form] = Form.useForm<BaseValues>();
  const create = useCreateBase();
  const update = useUpdateBase();
  const { message } = App.useApp();
  const saving = create.isPending || update.isPending;

  const onFinish = (v: BaseValues) => {
    const body = toBaseBody(v);
    const handlers = {
      onSuccess: () => {
        message.success(base ? (base.status === 'VERIFIED' ? '已保存；位置或认证有变更时需重新核验' : '已保存') : '基地已登记，等待平台核验');
        onClose();
      },
      onError: (err: Error) => {
        message.error(errorMessage(err));
        const errors = fieldErrors(err);
        applyNestedFieldErrors(form, errors, baseErrorRename(errors));
      },
    };
    if (base) update.mutate({ id: base.id, body }, handlers);
    else create.mutate(body, handlers);
  };

  return (
    <Drawer title={base ? `编辑基地：${base.name}` : '登记生产基地'} open={open} onClose={onClose} size={760} destroyOnHidden
      extra={<Space><Button onClick={onClose}>取消</Button><Button type="primary" loading={saving} onClick={() => form.submit()}>保存</Button></Space>}>
      {base?.status === 'VERIFIED' && (
        <Alert type="info" showIcon title="修改位置（县、乡镇、经纬度）或认证信息后，基地将回到待核验状态" style={{ marginBottom: 16 }} />
      )}
      <Form form={form} name="supplyBase" layout="vertical" onFinish={onFinish} scrollToFirstError
        initialValues={base ? fromBase(base) : { baseType: 'PLANTING', products: [], certifications: [] }}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label="基地名称" rules={[{ required: true, whitespace: true, message: '请输入基地名称' }, { min: 2, message: '至少 2 个字' }]}>
              <Input maxLength={100} placeholder="如：祥周镇芒果供深基地" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="countyCode" label="所在县" rules={[required('请选择所在县')]} extra="须为受帮扶县">
              <CountySelect placeholder="搜索县名或代码" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="township" label="乡镇" rules={[{ required: true, whitespace: true, message: '请输入乡镇' }]}>
              <Input maxLength={50} placeholder="如：祥周镇" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="latitude" label="纬度" rules={[required('请输入纬度')]} tooltip="WGS-84 坐标，最多 6 位小数">
              <InputNumber min={3} max={54} precision={6} step={0.000001} style={{ width: '100%' }} placeholder="23.597389" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="longitude" label="经度" rules={[required('请输入经度')]}>
              <InputNumber min={73} max={136} precision={6} step={0.000001} style={{ width: '100%' }} placeholder="107.089211" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="areaMu" label="面积" rules={[required('请输入面积')]}>
              <InputNumber min={0.01} max={10_000_000} precision={2} style={{ width: '100%' }} suffix="亩" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="baseType" label="基地类型" rules={[required('请选择基地类型')]}>
              <Select options={toOptions(BASE_TYPE)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="products" label="主要产品" rules={[{ required: true, type: 'array', min: 1, message: '请至少填写一种产品' }]}
              extra="输入后回车，可填写多个">
              <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={30} placeholder="如：百色芒果、台农芒" open={false} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="soilTestedOn" label="最近土壤检测日期" extra="供深基地要求两年内">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="waterTestedOn" label="最近水质检测日期" extra="供深基地要求两年内">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">基地认证</Divider>
        <Form.List name="certifications">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8} align="top">
                  <Col xs={24} md={5}>
                    <Form.Item name={[f.name, 'type']} label="类型" rules={[required('请选择')]}>
                      <Select options={toOptions(BASE_CERT_TYPE)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[f.name, 'number']} label="证书编号" rules={[{ required: true, whitespace: true, message: '请填写编号' }]}>
                      <Input maxLength={60} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item name={[f.name, 'period']} label="有效期" rules={[required('请选择有效期')]}>
                      <DatePicker.RangePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={22} md={5}>
                    <Form.Item name={[f.name, 'fileId']} label="证书扫描件">
                      <FileUpload label="上传" />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} aria-label="删除认证" />
                  </Col>
                </Row>
              ))}
              {fields.length < 20 && <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: 'GONGSHEN' })}>添加认证</Button>}
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
