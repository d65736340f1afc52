import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CountySelect } from '../../regions/selects';
import { FileUpload } from '../shared/FileUpload';
import { applyNestedFieldErrors } from '../shared/formErrors';
import { PRODUCT_CERT_TYPE, toOptions } from '../shared/labels';
import { useAddCertification, type CertificationBody, type ManagedProduct } from './api';

interface Values {
  type: CertificationBody['type'];
  number: string;
  issuer: string;
  issuingCountyCode?: string;
  period: [Dayjs, Dayjs];
  linkedHouseholds?: number;
  documentFileId: string;
}

const rename = { validFrom: 'period', validTo: 'period' };

/** Adds a certificate to a product; on an approved product it waits for review. */
export function CertificationModal({ product, open, onClose }: { product: ManagedProduct; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const add = useAddCertification();
  const { message } = App.useApp();
  const assistance = type === 'ASSISTANCE';

  const onOk = async () => {
    const v = await form.validateFields();
    const body: CertificationBody = {
      type: v.type,
      number: v.number.trim(),
      issuer: v.issuer.trim(),
      validFrom: v.period[0].format('YYYY-MM-DD'),
      validTo: v.period[1].format('YYYY-MM-DD'),
      documentFileId: v.documentFileId,
      ...(assistance ? { issuingCountyCode: v.issuingCountyCode, linkedHouseholds: v.linkedHouseholds } : {}),
    };
    add.mutate({ productId: product.id, body }, {
      onSuccess: () => {
        message.success('证书已上传，等待平台审核');
        onClose();
      },
      onError: (err) => {
        message.error(errorMessage(err));
        applyNestedFieldErrors(form, fieldErrors(err), rename);
      },
    });
  };

  return (
    <Modal title="上传证书" open={open} onOk={onOk} onCancel={onClose} okText="提交" confirmLoading={add.isPending} destroyOnHidden width={640}>
      {add.isError && <Alert type="error" showIcon title={errorMessage(add.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} name="certification" layout="vertical" preserve={false}
        initialValues={{ type: 'ASSISTANCE', issuingCountyCode: product.county.code }}>
        <Form.Item name="type" label="证书类型" rules={[{ required: true, message: '请选择证书类型' }]}>
          <Select options={toOptions(PRODUCT_CERT_TYPE)} />
        </Form.Item>
        {assistance && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }}
            title="消费帮扶产品认定须由产品产地县出具，并填写联结带动的脱贫户数；有效的认定是商品上架的前提" />
        )}
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="number" label="证书编号" rules={[{ required: true, whitespace: true, message: '请填写证书编号' }, { min: 2, message: '至少 2 个字' }]}>
              <Input maxLength={60} placeholder="如：百色认定〔2026〕第0312号" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuer" label="发证机构" rules={[{ required: true, whitespace: true, message: '请填写发证机构' }, { min: 2, message: '至少 2 个字' }]}>
              <Input maxLength={100} placeholder="如：田东县乡村振兴局" />
            </Form.Item>
          </Col>
        </Row>
        {assistance && (
          <Row gutter={12}>
            <Col xs={24} md={14}>
              <Form.Item name="issuingCountyCode" label="认定县" extra={`须为产地县：${product.county.name}`} rules={[{ required: true, message: '请选择认定县' }]}>
                <CountySelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="linkedHouseholds" label="联结带动脱贫户数" rules={[{ required: true, message: '请填写户数' }]}>
                <InputNumber min={0} max={10_000_000} precision={0} suffix="户" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="period" label="有效期" rules={[{ required: true, message: '请选择有效期' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="documentFileId" label="证书文件" rules={[{ required: true, message: '请上传证书扫描件' }]} extra="图片或 PDF">
          <FileUpload label="上传证书" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
