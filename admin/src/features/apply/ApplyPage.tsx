import { errorMessage, fieldErrors, passwordError, PHONE_PATTERN } from '@bangfu/api-client';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Steps, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { ProfileFields } from '../supplier-portal/profile/ProfileFields';
import { emptyProfile, toProfileBody, type ProfileValues } from '../supplier-portal/profile/profileForm';
import { applyNestedFieldErrors } from '../supplier-portal/shared/formErrors';
import { useApply } from './api';
import styles from './apply.module.css';

interface Values extends ProfileValues {
  account: { name: string; phone: string; password: string; confirm: string };
}

/** 供应商入驻申请: public; files the application, creates the applicant's account and signs them in. */
export function ApplyPage() {
  const [form] = Form.useForm<Values>();
  const apply = useApply();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const onFinish = ({ account, ...profile }: Values) =>
    apply.mutate(
      { ...toProfileBody(profile), account: { name: account.name.trim(), phone: account.phone.trim(), password: account.password } },
      {
        onSuccess: () => {
          message.success('申请已提交，请等待平台审核');
          navigate('/supplier/profile', { replace: true });
        },
        onError: (err) => applyNestedFieldErrors(form, fieldErrors(err)),
      },
    );

  return (
    <div className={styles.page}>
      <div className={styles.inner}>
        <Typography.Title level={3} className={styles.title}>供应商入驻申请</Typography.Title>
        <Typography.Paragraph type="secondary" className={styles.subtitle}>
          受帮扶县的合作社、企业和家庭农场，提交资料后由县级部门和平台审核，通过后即可上架消费帮扶产品。
        </Typography.Paragraph>
        <Steps size="small" style={{ margin: '24px 0' }} current={0}
          items={[{ title: '填写资料' }, { title: '平台审核' }, { title: '登记基地、上架商品' }]} />
        {apply.isError && <Alert type="error" showIcon title={errorMessage(apply.error)} style={{ marginBottom: 16 }} />}
        <Form form={form} name="supplierApplication" layout="vertical" initialValues={emptyProfile} onFinish={onFinish} scrollToFirstError>
          <ProfileFields />
          <Card size="small" title="申请人账号" extra="提交后用此账号登录，查看审核进度" style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item name={['account', 'name']} label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
                  <Input maxLength={32} autoComplete="name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['account', 'phone']} label="登录手机号"
                  rules={[{ required: true, message: '请输入手机号' }, { pattern: PHONE_PATTERN, message: '请输入 11 位中国大陆手机号' }]}>
                  <Input maxLength={11} inputMode="numeric" autoComplete="username" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['account', 'password']} label="密码" extra="8–64 位，含字母和数字"
                  rules={[{ validator: (_, v: string) => { const e = passwordError(v ?? ''); return e ? Promise.reject(new Error(e)) : Promise.resolve(); } }]}>
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['account', 'confirm']} label="确认密码" dependencies={[['account', 'password']]}
                  rules={[{ required: true, message: '请再次输入密码' }, ({ getFieldValue }) => ({
                    validator: (_, v) => (!v || v === getFieldValue(['account', 'password']) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
                  })]}>
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Space>
            <Button type="primary" size="large" htmlType="submit" loading={apply.isPending}>提交申请</Button>
            <Link to="/login">已有账号，去登录</Link>
          </Space>
        </Form>
      </div>
    </div>
  );
}
