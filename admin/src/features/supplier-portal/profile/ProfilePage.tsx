import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Form, Result, Row, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useCounties } from '../../regions/api';
import { applyNestedFieldErrors } from '../shared/formErrors';
import { fileUrl } from '../shared/files';
import { SUPPLIER_KIND, SUPPLIER_STATUS } from '../shared/labels';
import { EnumTag } from '../shared/StatusTag';
import { AdmissionBanner } from './AdmissionBanner';
import { useSupplierProfile, useUpdateProfile, type SupplierProfile } from './api';
import { DecisionHistory } from './DecisionHistory';
import { ProfileFields } from './ProfileFields';
import { fromProfile, toProfileBody, type ProfileValues } from './profileForm';

/** 企业资料: the admission status, the statement as submitted, and corrections while pending or rejected. */
export function ProfilePage() {
  const profile = useSupplierProfile();
  const [editing, setEditing] = useState(false);

  if (profile.isPending) return <Spin />;
  if (profile.isError) return <Result status="error" title="加载失败" subTitle={errorMessage(profile.error)} />;
  const p = profile.data;
  const editable = p.status === 'PENDING' || p.status === 'REJECTED';

  return (
    <>
      <AdmissionBanner where="profile" />
      {p.status === 'APPROVED' && (
        <Alert type="success" showIcon title="已通过平台准入" description="可以提交商品审核并上架销售。准入后如需变更企业资料，请联系平台运营。" style={{ marginBottom: 16 }} />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          {editing ? (
            <EditProfile profile={p} onDone={() => setEditing(false)} />
          ) : (
            <Card title={<Space>企业资料 <EnumTag value={p.status} labels={SUPPLIER_STATUS} /></Space>}
              extra={editable && <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {p.status === 'REJECTED' ? '修改并重新提交' : '修改申请'}
              </Button>}>
              <ProfileView profile={p} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={7}>
          <Card title="审核记录"><DecisionHistory decisions={p.decisions} /></Card>
        </Col>
      </Row>
    </>
  );
}

function ProfileView({ profile: p }: { profile: SupplierProfile }) {
  const counties = useCounties();
  const county = counties.data?.find((c) => c.code === p.countyCode);
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="供应商名称" span={2}>{p.name}</Descriptions.Item>
      <Descriptions.Item label="统一社会信用代码">{p.creditCode}</Descriptions.Item>
      <Descriptions.Item label="主体类型">{SUPPLIER_KIND[p.kind] ?? p.kind}</Descriptions.Item>
      <Descriptions.Item label="注册所在县">{county ? `${county.fullName}（${p.countyCode}）` : p.countyCode}</Descriptions.Item>
      <Descriptions.Item label="提交时间">{p.submittedAt ? p.submittedAt.slice(0, 10) : '—'}</Descriptions.Item>
      <Descriptions.Item label="证照" span={2}>
        {p.licences.length ? p.licences.map((l, i) => (
          <div key={i}>
            <Tag>{l.type}</Tag>{l.number}
            {l.expiresOn ? `（有效期至 ${l.expiresOn}）` : '（长期）'}
            {l.fileId && <> · <a href={fileUrl(l.fileId)} target="_blank" rel="noreferrer">扫描件</a></>}
          </div>
        )) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label="联系人">{p.contact ? `${p.contact.name} ${p.contact.phone}` : '—'}</Descriptions.Item>
      <Descriptions.Item label="联系地址">{p.contact?.address ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="带贫户数">{p.linkedHouseholds ?? '—'} 户</Descriptions.Item>
      <Descriptions.Item label="联农带农方式">{p.linkageDescription ?? '—'}</Descriptions.Item>
    </Descriptions>
  );
}

function EditProfile({ profile, onDone }: { profile: SupplierProfile; onDone: () => void }) {
  const [form] = Form.useForm<ProfileValues>();
  const update = useUpdateProfile();
  const { message } = App.useApp();
  const onFinish = (v: ProfileValues) =>
    update.mutate(toProfileBody(v), {
      onSuccess: () => {
        message.success('已重新提交，等待平台审核');
        onDone();
      },
      onError: (err) => {
        message.error(errorMessage(err));
        applyNestedFieldErrors(form, fieldErrors(err));
      },
    });
  return (
    <Card title="修改企业资料" extra={<Button onClick={onDone}>取消</Button>}>
      {update.isError && <Alert type="error" showIcon title={errorMessage(update.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} name="supplierProfile" layout="vertical" initialValues={fromProfile(profile)} onFinish={onFinish} scrollToFirstError>
        <ProfileFields />
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending}>提交审核</Button>
          <Button onClick={onDone}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
