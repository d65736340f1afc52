import { errorMessage, roleLabel, type Agency, type CreateAgencyBody } from '@bangfu/api-client';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { AccountPage } from './AccountPage';
import { StatusTag } from './StatusTag';
import { useAgencies, useAgencyMembers, useCreateAgency, useUpdateAgency } from './api';
import { useSubmit } from './useSubmit';
import { DivisionSelect } from '../regions/selects';

type Level = NonNullable<CreateAgencyBody['level']>;
type CanteenKind = CreateAgencyBody['canteens'][number]['kind'];

const LEVELS: Record<Level, string> = { PROVINCE: '省级', CITY: '市级', DISTRICT: '区级', STREET: '街道' };
const KINDS: Record<NonNullable<CanteenKind>, string> = { OWN: '自办', SHARED: '共用', OUTSOURCED: '外包' };

export function AgenciesPage() {
  const agencies = useAgencies();
  const [open, setOpen] = useState(false);
  return (
    <AccountPage title="预算单位" createLabel="新建预算单位" onCreate={() => setOpen(true)} error={agencies.error}>
      <Table<Agency>
        rowKey="id"
        dataSource={agencies.data ?? []}
        loading={agencies.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 个` }}
        expandable={{ expandedRowRender: (a) => <Members agency={a} />, rowExpandable: () => true }}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          {
            title: '所在区划',
            key: 'region',
            render: (_, a) => (
              <>
                {a.region?.fullName ?? a.divisionCode}
                <Typography.Text type="secondary">（{a.divisionCode}）</Typography.Text>
              </>
            ),
          },
          { title: '级别', dataIndex: 'level', width: 70, render: (l: string) => LEVELS[l as Level] ?? l },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
          { title: '统一社会信用代码', dataIndex: 'creditCode', render: (v?: string | null) => v || '—' },
          {
            title: '食堂',
            key: 'canteens',
            render: (_, a) =>
              a.canteens?.length
                ? a.canteens.map((c) => (
                    <Tag key={c.id} title={c.address ?? undefined} color={c.kind === 'OUTSOURCED' ? 'orange' : c.kind === 'SHARED' ? 'blue' : undefined}>
                      {c.name} · {c.kindLabel ?? KINDS[c.kind]}{c.contractorName ? `（${c.contractorName}）` : ''}
                    </Tag>
                  ))
                : '无食堂',
          },
          { title: '操作', key: 'actions', width: 80, render: (_, a) => <AgencyStatusAction agency={a} /> },
        ]}
      />
      <CreateAgencyModal open={open} onClose={() => setOpen(false)} />
    </AccountPage>
  );
}

/** A disabled agency leaves the quota ranking; its members keep read access to history. */
function AgencyStatusAction({ agency }: { agency: Agency }) {
  const { message } = App.useApp();
  const update = useUpdateAgency();
  const next = agency.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE';
  const label = next === 'DISABLED' ? '停用' : '启用';
  return (
    <Popconfirm title={`确定${label}「${agency.name}」？`} description={next === 'DISABLED' ? '停用后不再出现在份额排名中' : undefined}
      okText={label} cancelText="取消"
      onConfirm={() => update.mutate({ id: agency.id, body: { status: next } }, {
        onSuccess: () => message.success(`已${label}`), onError: (e) => message.error(errorMessage(e)),
      })}>
      <Button type="link" size="small" danger={next === 'DISABLED'} loading={update.isPending} aria-label={`${label}${agency.name}`}>{label}</Button>
    </Popconfirm>
  );
}

function Members({ agency }: { agency: Agency }) {
  const members = useAgencyMembers(agency.id);
  const canteenName = new Map(agency.canteens.map((c) => [c.id, c.name]));
  if (members.error) return <Typography.Text type="danger">{errorMessage(members.error)}</Typography.Text>;
  return (
    <Table size="small" rowKey="id" pagination={false} loading={members.isLoading} dataSource={members.data ?? []}
      locale={{ emptyText: '暂无成员' }}
      columns={[
        { title: '成员', dataIndex: 'name' },
        { title: '手机号', dataIndex: 'phone' },
        { title: '角色', dataIndex: 'roles', render: (roles: string[]) => roles.map((r) => <Tag key={r}>{roleLabel(r)}</Tag>) },
        {
          title: '说明', dataIndex: 'contractorOfCanteenId',
          render: (id: string | null) => (id ? `外包食堂「${canteenName.get(id) ?? id}」承包方账号` : ''),
        },
        { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
      ]} />
  );
}

interface Values {
  name: string;
  divisionCode: string;
  level: Level;
  creditCode?: string;
  canteens?: { name: string; kind: NonNullable<CanteenKind>; contractorName?: string; address?: string }[];
}

function CreateAgencyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const canteens = Form.useWatch('canteens', form) ?? [];
  const create = useCreateAgency();
  const submit = useSubmit(form, create, (v): CreateAgencyBody => ({
    name: v.name.trim(),
    divisionCode: v.divisionCode,
    level: v.level,
    ...(v.creditCode?.trim() ? { creditCode: v.creditCode.trim() } : {}),
    canteens: (v.canteens ?? [])
      .filter((c) => c?.name?.trim())
      .map((c) => ({
        name: c.name.trim(),
        kind: c.kind ?? 'OWN',
        ...(c.address?.trim() ? { address: c.address.trim() } : {}),
        ...(c.kind === 'OUTSOURCED' && c.contractorName?.trim() ? { contractorName: c.contractorName.trim() } : {}),
      })),
  }), { success: '预算单位已创建', close: onClose });

  return (
    <Modal title="新建预算单位" open={open} onOk={submit} onCancel={onClose} okText="保存" width={720}
      confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} name="createAgency" layout="vertical" initialValues={{ level: 'DISTRICT', canteens: [{ name: '', kind: 'OWN' }] }}>
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}>
          <Input maxLength={100} placeholder="如：深圳市福田区机关事务管理局" />
        </Form.Item>
        <Space size="large" align="start">
          <Form.Item name="divisionCode" label="所在行政区划" rules={[{ required: true, message: '请选择所在行政区划' }]}>
            <DivisionSelect placeholder="如：深圳市福田区" style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="level" label="单位级别" rules={[{ required: true, message: '请选择单位级别' }]}>
            <Select style={{ width: 140 }} options={Object.entries(LEVELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Space>
        <Form.Item name="creditCode" label="统一社会信用代码"
          rules={[{ pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, message: '统一社会信用代码为 18 位' }]}>
          <Input maxLength={18} placeholder="选填" />
        </Form.Item>
        <Form.Item label="食堂" extra="共用其他单位食堂、没有食堂的单位可删除全部食堂；外包食堂须填写承包方">
          <Form.List name="canteens">
            {(fields, { add, remove }) => (
              <Space vertical style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: '请输入食堂名称' }]}>
                      <Input placeholder="食堂名称" aria-label="食堂名称" style={{ width: 220 }} maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'kind']} noStyle>
                      <Select aria-label="食堂类型" style={{ width: 100 }} options={Object.entries(KINDS).map(([value, label]) => ({ value, label }))} />
                    </Form.Item>
                    {canteens[f.name]?.kind === 'OUTSOURCED' && (
                      <Form.Item name={[f.name, 'contractorName']} noStyle rules={[{ required: true, whitespace: true, message: '请输入承包方' }]}>
                        <Input placeholder="承包方（餐饮公司）" aria-label="承包方" style={{ width: 220 }} maxLength={100} />
                      </Form.Item>
                    )}
                    <MinusCircleOutlined aria-label="删除食堂" onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', kind: 'OWN' })}>添加食堂</Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
