import { errorMessage, phoneError, useLogin } from '@bangfu/api-client';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import styles from './auth.module.css';
import { Field } from './Field';
import { safeRedirect } from './redirect';

export function LoginPage() {
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const navigate = useNavigate();
  const login = useLogin();
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ phone?: string | null; password?: string | null }>({});

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = { phone: phoneError(phone), password: password ? null : '请输入密码' };
    setErrors(next);
    if (next.phone || next.password) return;
    login.mutate({ phone: phone.trim(), password }, { onSuccess: () => navigate(redirect, { replace: true }) });
  };

  return (
    <div className={styles.page}>
      <form className={styles.card} onSubmit={onSubmit} noValidate>
        <h1 className={styles.title}>欢迎回来</h1>
        <p className={styles.subtitle}>登录帮扶集市，选购来自结对帮扶县的好物</p>
        {login.isError && <div role="alert" className={styles.alert}>{errorMessage(login.error)}</div>}
        <Field id="login-phone" label="手机号" type="tel" inputMode="numeric" autoComplete="username"
          maxLength={11} placeholder="请输入 11 位手机号" value={phone} error={errors.phone}
          onChange={(e) => setPhone(e.target.value)} />
        <Field id="login-password" label="密码" type="password" autoComplete="current-password"
          placeholder="请输入密码" value={password} error={errors.password}
          onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className={styles.submit} disabled={login.isPending}>登录</button>
        <p className={styles.switch}>
          还没有账号？<Link to={`/register${params.toString() ? `?${params}` : ''}`}>立即注册</Link>
        </p>
      </form>
    </div>
  );
}
