import { ALL_ROLES, errorMessage, PHONE_PATTERN, roleLabel, useAuth, type AdminUser, type CreateUserBody, type Role } from '@bangfu/api-client';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { AccountPage } from './AccountPage';
import { useAgencies, useCreateUser, useSetUserStatus, useSuppliers, useUsers } from './api';
import { StatusTag } from './StatusTag';
import { useSubmit } from './useSubmit';

const AGENCY_ROLES: Role[] = ['CANTEEN_BUYER', 'AGENCY_APPROVER', 'AGENCY_MANAGER'];
const needsAgency = (roles: readonly string[] = []) => roles.some((r) => (AGENCY_ROLES as string[]).includes(r));
const needsSupplier = (roles: readonly string[] = []) => roles.includes('SUPPLIER_STAFF');

export function UsersPage() {
  const users = useUsers();
  const agencies = useAgencies();
  const suppliers = useSuppliers();
  const orgName = useMemo(() => {
    const m = new Map<string, string>();
    (agencies.data ?? []).forEach((a) => m.set('a:' + a.id, a.name));
    (suppliers.data ?? []).forEach((s) => m.set('s:' + s.id, s.name));
    return m;
  }, [agencies.data, suppliers.data]);
  const [open, setOpen] = useState(false);

  return (
    <AccountPage title="用户" createLabel="新建用户" onCreate={() => setOpen(true)} error={users.error}>
      <Table<AdminUser>
        rowKey="id"
        dataSource={users.data ?? []}
        loading={users.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 人` }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '手机号', dataIndex: 'phone' },
          { title: '角色', key: 'roles', render: (_, u) => u.roles.map((r) => <Tag key={r}>{roleLabel(r)}</Tag>) },
          {
            title: '所属单位',
            key: 'org',
            render: (_, u) =>
              (u.agencyId && (orgName.get('a:' + u.agencyId) ?? u.agencyId)) ||
              (u.supplierId && (orgName.get('s:' + u.supplierId) ?? u.supplierId)) ||
              '—',
          },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
          { title: '操作', key: 'actions', width: 90, render: (_, u) => <StatusAction user={u} /> },
        ]}
      />
      <CreateUserModal open={open} onClose={() => setOpen(false)} />
    </AccountPage>
  );
}

function StatusAction({ user }: { user: AdminUser }) {
  const { user: me } = useAuth();
  const setStatus = useSetUserStatus();
  const { message } = App.useApp();
  if (me?.id === user.id) return null; // nobody disables their own account
  const next = user.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE';
  const label = next === 'DISABLED' ? '停用' : '启用';
  const run = () =>
    setStatus.mutate(
      { id: user.id, status: next },
      { onSuccess: () => message.success(`已${label}`), onError: (e) => message.error(errorMessage(e)) },
    );
  return (
    <Popconfirm title={`确定${label}「${user.name}」的账号？`} onConfirm={run} okText={label} cancelText="取消">
      <Button type="link" size="small" danger={next === 'DISABLED'} loading={setStatus.isPending}>{label}</Button>
    </Popconfirm>
  );
}

function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateUserBody>();
  const roles = Form.useWatch('roles', form) ?? [];
  const agencies = useAgencies();
  const suppliers = useSuppliers();
  const create = useCreateUser();
  const submit = useSubmit(form, create, (v): CreateUserBody => ({
    phone: v.phone.trim(),
    name: v.name.trim(),
    password: v.password,
    roles: v.roles,
    ...(needsAgency(v.roles) && v.agencyId ? { agencyId: v.agencyId } : {}),
    ...(needsSupplier(v.roles) && v.supplierId ? { supplierId: v.supplierId } : {}),
  }), { success: '用户已创建', close: onClose });

  return (
    <Modal title="新建用户" open={open} onOk={submit} onCancel={onClose} okText="保存"
      confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} name="createUser" layout="vertical">
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="phone" label="手机号"
          rules={[{ required: true, message: '请输入手机号' }, { pattern: PHONE_PATTERN, message: '请输入 11 位中国大陆手机号' }]}>
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="password" label="初始密码" extra="8–64 位，需同时包含字母和数字"
          rules={[
            { required: true, message: '请输入初始密码' },
            { min: 8, max: 64, message: '密码长度需为 8–64 位' },
            { pattern: /^(?=.*[A-Za-z])(?=.*\d).+$/, message: '密码需同时包含字母和数字' },
          ]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} placeholder="可多选" options={ALL_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
        </Form.Item>
        {needsAgency(roles) && (
          <Form.Item name="agencyId" label="所属预算单位" rules={[{ required: true, message: '请选择所属预算单位' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={agencies.isLoading}
              options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
        )}
        {needsSupplier(roles) && (
          <Form.Item name="supplierId" label="所属供应商" rules={[{ required: true, message: '请选择所属供应商' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={suppliers.isLoading}
              options={(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
