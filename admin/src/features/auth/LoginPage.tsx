import { errorMessage, PHONE_PATTERN, useAuth, useLogin, type LoginBody } from '@bangfu/api-client';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import styles from './login.module.css';
import { safeRedirect } from './redirect';

export function LoginPage() {
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const navigate = useNavigate();
  const login = useLogin();
  const { user } = useAuth();

  if (user && !login.isPending) return <Navigate to={redirect} replace />;

  const onFinish = (values: LoginBody) =>
    login.mutate({ ...values, phone: values.phone.trim() }, { onSuccess: () => navigate(redirect, { replace: true }) });

  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <Typography.Title level={3} className={styles.title}>帮扶集市管理后台</Typography.Title>
        <Typography.Paragraph type="secondary" className={styles.subtitle}>
          平台运营、供应商与预算单位工作人员登录
        </Typography.Paragraph>
        {login.isError && <Alert type="error" showIcon title={errorMessage(login.error)} className={styles.alert} />}
        <Form<LoginBody> name="login" layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
          <Form.Item label="手机号" name="phone" rules={[
            { required: true, message: '请输入手机号' },
            { pattern: PHONE_PATTERN, message: '请输入 11 位中国大陆手机号' },
          ]}>
            <Input inputMode="numeric" autoComplete="username" maxLength={11} placeholder="请输入手机号" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" placeholder="请输入密码" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>登录</Button>
        </Form>
        <Typography.Paragraph type="secondary" className={styles.subtitle} style={{ marginTop: 16, marginBottom: 0 }}>
          受帮扶县合作社、企业？<Link to="/apply">供应商入驻申请</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
