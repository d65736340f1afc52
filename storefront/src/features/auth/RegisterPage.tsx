import { errorMessage, fieldErrors, passwordError, phoneError, useRegister } from '@bangfu/api-client';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import styles from './auth.module.css';
import { Field } from './Field';
import { safeRedirect } from './redirect';

type Errors = Partial<Record<'name' | 'phone' | 'password', string | null>>;

export function RegisterPage() {
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const navigate = useNavigate();
  const register = useRegister();
  const [form, setForm] = useState({ name: '', phone: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {
      name: form.name.trim() ? null : '请输入姓名或昵称',
      phone: phoneError(form.phone),
      password: passwordError(form.password),
    };
    setErrors(next);
    if (next.name || next.phone || next.password) return;
    register.mutate(
      { name: form.name.trim(), phone: form.phone.trim(), password: form.password },
      {
        onSuccess: () => navigate(redirect, { replace: true }),
        onError: (err) => setErrors(fieldErrors(err)),
      },
    );
  };

  return (
    <div className={styles.page}>
      <form className={styles.card} onSubmit={onSubmit} noValidate>
        <h1 className={styles.title}>注册账号</h1>
        <p className={styles.subtitle}>注册后即可购买消费帮扶产品，支持工会消费帮扶券</p>
        {register.isError && <div role="alert" className={styles.alert}>{errorMessage(register.error)}</div>}
        <Field id="register-name" label="姓名" autoComplete="name" maxLength={32} placeholder="用于收货与订单"
          value={form.name} error={errors.name} onChange={set('name')} />
        <Field id="register-phone" label="手机号" type="tel" inputMode="numeric" autoComplete="username"
          maxLength={11} placeholder="请输入 11 位手机号" value={form.phone} error={errors.phone}
          onChange={set('phone')} />
        <Field id="register-password" label="密码" type="password" autoComplete="new-password"
          maxLength={64} placeholder="8–64 位，包含字母和数字" hint="8–64 位，需同时包含字母和数字"
          value={form.password} error={errors.password} onChange={set('password')} />
        <button type="submit" className={styles.submit} disabled={register.isPending}>注册</button>
        <p className={styles.switch}>
          已有账号？<Link to={`/login${params.toString() ? `?${params}` : ''}`}>去登录</Link>
        </p>
      </form>
    </div>
  );
}
