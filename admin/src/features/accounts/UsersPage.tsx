import { ALL_ROLES, errorMessage, fieldErrors, PHONE_PATTERN, roleLabel, useAuth, type AdminUser, type CreateUserBody, type Role } from '@bangfu/api-client';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { applyFieldErrors } from '../misc/formErrors';
import { validated } from '../procurement-ops/validated';
import { AccountPage } from './AccountPage';
import { useAgencies, useCreateUser, useSetUserRoles, useSetUserStatus, useSuppliers, useUsers, type UserFilters } from './api';
import { StatusTag } from './StatusTag';
import { useSubmit } from './useSubmit';

const AGENCY_ROLES: Role[] = ['CANTEEN_BUYER', 'AGENCY_APPROVER', 'AGENCY_MANAGER'];
const needsAgency = (roles: readonly string[] = []) => roles.some((r) => (AGENCY_ROLES as string[]).includes(r));
const needsSupplier = (roles: readonly string[] = []) => roles.includes('SUPPLIER_STAFF');

/** Organisation filter values: `a:<agencyId>` or `s:<supplierId>`. */
const orgFilter = (org: string | undefined): Pick<UserFilters, 'agencyId' | 'supplierId'> =>
  org?.startsWith('a:') ? { agencyId: org.slice(2) } : org?.startsWith('s:') ? { supplierId: org.slice(2) } : {};

export function UsersPage() {
  const agencies = useAgencies();
  const suppliers = useSuppliers();
  const [filters, setFilters] = useState<{ role?: Role; org?: string; status?: 'ACTIVE' | 'DISABLED'; q?: string }>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const users = useUsers({ role: filters.role, status: filters.status, q: filters.q, ...orgFilter(filters.org), ...paging });
  const setFilter = (patch: Partial<typeof filters>) => { setFilters((f) => ({ ...f, ...patch })); setPaging((p) => ({ ...p, page: 1 })); };
  const orgName = useMemo(() => {
    const m = new Map<string, string>();
    (agencies.data ?? []).forEach((a) => m.set('a:' + a.id, a.name));
    (suppliers.data ?? []).forEach((s) => m.set('s:' + s.id, s.name));
    return m;
  }, [agencies.data, suppliers.data]);
  const orgOptions = [
    { label: '预算单位', title: '预算单位', options: (agencies.data ?? []).map((a) => ({ value: 'a:' + a.id, label: a.name })) },
    { label: '供应商', title: '供应商', options: (suppliers.data ?? []).map((s) => ({ value: 's:' + s.id, label: s.name })) },
  ];
  const [open, setOpen] = useState(false);
  const [statusOf, setStatusOf] = useState<AdminUser | null>(null);
  const [rolesOf, setRolesOf] = useState<AdminUser | null>(null);
  const { user: me } = useAuth();

  return (
    <AccountPage title="用户" createLabel="新建用户" onCreate={() => setOpen(true)} error={users.error}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label="搜索姓名或手机号" placeholder="姓名或手机号" allowClear style={{ width: 220 }}
          onSearch={(q) => setFilter({ q: q.trim() || undefined })} />
        <Select<Role> aria-label="角色" allowClear placeholder="全部角色" style={{ width: 170 }} value={filters.role}
          onChange={(role) => setFilter({ role: role || undefined })} options={ALL_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
        <Select aria-label="所属单位" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部单位" style={{ width: 260 }}
          value={filters.org} onChange={(org?: string) => setFilter({ org: org || undefined })} options={orgOptions} />
        <Select aria-label="状态" allowClear placeholder="全部状态" style={{ width: 120 }} value={filters.status}
          onChange={(status?: 'ACTIVE' | 'DISABLED') => setFilter({ status: status || undefined })}
          options={[{ value: 'ACTIVE', label: '正常' }, { value: 'DISABLED', label: '已停用' }]} />
      </Space>
      <Table<AdminUser>
        rowKey="id"
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        pagination={{
          current: paging.page, pageSize: paging.pageSize, total: users.data?.total ?? 0, showSizeChanger: true,
          pageSizeOptions: [20, 50, 100], showTotal: (n) => `共 ${n} 人`, onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
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
          {
            title: '操作', key: 'actions', width: 140,
            render: (_, u) => (
              <Space size={0}>
                <Button type="link" size="small" aria-label={`修改${u.name}的角色`} onClick={() => setRolesOf(u)}>角色</Button>
                {/* Nobody disables their own account. */}
                {me?.id !== u.id && (
                  <Button type="link" size="small" danger={u.status === 'ACTIVE'} aria-label={`${u.status === 'ACTIVE' ? '停用' : '启用'}${u.name}`}
                    onClick={() => setStatusOf(u)}>
                    {u.status === 'ACTIVE' ? '停用' : '启用'}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CreateUserModal open={open} onClose={() => setOpen(false)} />
      <UserStatusModal user={statusOf} onClose={() => setStatusOf(null)} />
      <UserRolesModal user={rolesOf} onClose={() => setRolesOf(null)} />
    </AccountPage>
  );
}

/** Disabling takes effect at once (sessions end); the reason goes to the operation log. */
function UserStatusModal({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const { message } = App.useApp();
  const setStatus = useSetUserStatus();
  const [form] = Form.useForm<{ reason?: string }>();
  const disabling = user?.status === 'ACTIVE';
  const label = disabling ? '停用' : '启用';
  const submit = async () => {
    if (!user) return;
    const values = await validated(form);
    if (!values) return;
    const { reason } = values;
    setStatus.mutate(
      { id: user.id, status: disabling ? 'DISABLED' : 'ACTIVE', reason: reason?.trim() || undefined },
      { onSuccess: () => { message.success(`已${label}「${user.name}」`); onClose(); }, onError: (e) => message.error(errorMessage(e)) },
    );
  };
  return (
    <Modal title={user ? `${label}账号：${user.name}（${user.phone}）` : ''} open={!!user} onOk={submit} onCancel={onClose} okText={label}
      okButtonProps={{ danger: disabling }} confirmLoading={setStatus.isPending} destroyOnHidden>
      {disabling && <p>停用后立即生效：该账号已登录的会话失效，不能再登录。</p>}
      <Form form={form} name="userStatus" layout="vertical" preserve={false}>
        <Form.Item name="reason" label={disabling ? '停用原因（记入操作日志）' : '启用原因（选填，记入操作日志）'}
          rules={[{ required: disabling, whitespace: true, message: '请填写停用原因' }, { min: 2, max: 200, message: '原因为 2–200 个字' }]}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={disabling ? '如：人员离职' : undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function UserRolesModal({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ roles: Role[]; agencyId?: string; supplierId?: string }>();
  const roles = Form.useWatch('roles', form) ?? [];
  const agencies = useAgencies();
  const suppliers = useSuppliers();
  const setRoles = useSetUserRoles();
  const submit = async () => {
    if (!user) return;
    const v = await validated(form);
    if (!v) return;
    const body = {
      roles: v.roles,
      ...(needsAgency(v.roles) && v.agencyId ? { agencyId: v.agencyId } : {}),
      ...(needsSupplier(v.roles) && v.supplierId ? { supplierId: v.supplierId } : {}),
    };
    setRoles.mutate({ id: user.id, body }, {
      onSuccess: () => { message.success('角色已修改'); onClose(); },
      onError: (e) => { message.error(errorMessage(e)); applyFieldErrors(form, fieldErrors(e)); },
    });
  };
  return (
    <Modal title={user ? `修改角色：${user.name}` : ''} open={!!user} onOk={submit} onCancel={onClose} okText="保存"
      confirmLoading={setRoles.isPending} destroyOnHidden>
      {user && (
        <Form form={form} name="userRoles" layout="vertical" preserve={false}
          initialValues={{ roles: user.roles, agencyId: user.agencyId ?? undefined, supplierId: user.supplierId ?? undefined }}>
          <Form.Item name="roles" label="角色" extra="立即生效" rules={[{ required: true, message: '请至少选择一个角色' }]}>
            <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={ALL_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
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
      )}
    </Modal>
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
