import { PHONE_PATTERN } from '@bangfu/api-client';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row } from 'antd';
import { CountySelect } from '../../regions/selects';
import { creditCodeProblem } from '../shared/creditCode';
import { FileUpload } from '../shared/FileUpload';
import { SUPPLIER_KIND, toOptions } from '../shared/labels';
import { LICENCE_TYPES } from './profileForm';

const required = (message: string) => ({ required: true, whitespace: true, message });

/** The fields of a supplier's statement, inside a parent <Form> (used by 入驻申请 and 企业资料). */
export function ProfileFields() {
  return (
    <>
      <Card size="small" title="主体信息" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label="供应商名称" rules={[required('请输入供应商名称'), { min: 2, max: 100, message: '名称为 2–100 个字' }]}>
              <Input maxLength={100} placeholder="与营业执照一致，如：田东县祥周镇芒果种植专业合作社" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="creditCode" label="统一社会信用代码"
              rules={[required('请输入统一社会信用代码'), { validator: (_, v: string) => { const e = creditCodeProblem(v); return e ? Promise.reject(new Error(e)) : Promise.resolve(); } }]}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="countyCode" label="注册所在县" extra="须为有东西部协作结对关系的受帮扶县"
              rules={[{ required: true, message: '请选择注册所在县' }]}>
              <CountySelect placeholder="搜索县名或代码" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label="主体类型" rules={[{ required: true, message: '请选择主体类型' }]}>
              <Radio.Group options={toOptions(SUPPLIER_KIND)} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title="证照" extra="至少包含营业执照；扫描件支持图片或 PDF" style={{ marginBottom: 16 }}>
        <Form.List name="licences">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={12} align="top">
                  <Col xs={24} md={5}>
                    <Form.Item name={[f.name, 'type']} label="证照类型" rules={[required('请填写证照类型')]}>
                      <AutoComplete options={LICENCE_TYPES.map((value) => ({ value }))} placeholder="如：营业执照" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[f.name, 'number']} label="证照编号" rules={[required('请填写证照编号')]}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item name={[f.name, 'expiresOn']} label="有效期至" extra="长期有效可不填">
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={22} md={7}>
                    <Form.Item name={[f.name, 'fileId']} label="扫描件">
                      <FileUpload label="上传扫描件" />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    {fields.length > 1 && <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} aria-label="删除证照" />}
                  </Col>
                </Row>
              ))}
              {fields.length < 10 && <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: '', number: '' })}>添加证照</Button>}
            </>
          )}
        </Form.List>
      </Card>

      <Card size="small" title="联系人" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name={['contact', 'name']} label="联系人" rules={[required('请输入联系人姓名')]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name={['contact', 'phone']} label="联系电话"
              rules={[{ required: true, message: '请输入联系电话' }, { pattern: PHONE_PATTERN, message: '请输入 11 位中国大陆手机号' }]}>
              <Input maxLength={11} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['contact', 'address']} label="联系地址" rules={[required('请输入联系地址'), { min: 2, message: '地址太短' }]}>
              <Input maxLength={200} placeholder="如：广西百色市田东县祥周镇" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title="联农带农" style={{ marginBottom: 16 }}>
        <Form.Item name="linkedHouseholds" label="带贫户数" extra="联结带动的已登记脱贫户、低收入户户数"
          rules={[{ required: true, message: '请填写带贫户数' }]}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 200 }} suffix="户" />
        </Form.Item>
        <Form.Item name="linkageDescription" label="联农带农方式" rules={[required('请说明联农带农方式'), { min: 2, message: '请至少填写 2 个字' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder="如：统一收购社员芒果，保底价收购并按交易量二次返利" />
        </Form.Item>
      </Card>
    </>
  );
}
