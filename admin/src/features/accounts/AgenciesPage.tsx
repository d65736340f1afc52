import type { Agency, CreateAgencyBody } from '@bangfu/api-client';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { AccountPage } from './AccountPage';
import { StatusTag } from './StatusTag';
import { useAgencies, useCreateAgency } from './api';
import { useSubmit } from './useSubmit';
import { DivisionSelect } from '../regions/selects';

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
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '行政区划代码', dataIndex: 'divisionCode', width: 130 },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
          { title: '统一社会信用代码', dataIndex: 'creditCode', render: (v?: string | null) => v || '—' },
          {
            title: '食堂',
            key: 'canteens',
            render: (_, a) =>
              a.canteens?.length
                ? a.canteens.map((c) => <Tag key={c.id} title={c.address ?? undefined}>{c.name}</Tag>)
                : '无食堂',
          },
        ]}
      />
      <CreateAgencyModal open={open} onClose={() => setOpen(false)} />
    </AccountPage>
  );
}

interface Values {
  name: string;
  divisionCode: string;
  creditCode?: string;
  canteens?: { name: string }[];
}

function CreateAgencyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateAgency();
  const submit = useSubmit(form, create, (v): CreateAgencyBody => ({
    name: v.name.trim(),
    divisionCode: v.divisionCode,
    ...(v.creditCode?.trim() ? { creditCode: v.creditCode.trim() } : {}),
    canteens: (v.canteens ?? []).filter((c) => c?.name?.trim()).map((c) => ({ name: c.name.trim() })),
  }), { success: '预算单位已创建', close: onClose });

  return (
    <Modal title="新建预算单位" open={open} onOk={submit} onCancel={onClose} okText="保存"
      confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} name="createAgency" layout="vertical" initialValues={{ canteens: [{ name: '' }] }}>
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}>
          <Input maxLength={100} placeholder="如：深圳市福田区机关事务管理局" />
        </Form.Item>
        <Form.Item name="divisionCode" label="所在行政区划" rules={[{ required: true, message: '请选择所在行政区划' }]}>
          <DivisionSelect placeholder="如：深圳市福田区" />
        </Form.Item>
        <Form.Item name="creditCode" label="统一社会信用代码"
          rules={[{ pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, message: '统一社会信用代码为 18 位' }]}>
          <Input maxLength={18} placeholder="选填" />
        </Form.Item>
        <Form.Item label="食堂" extra="没有食堂的单位可删除全部食堂">
          <Form.List name="canteens">
            {(fields, { add, remove }) => (
              <Space vertical style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: '请输入食堂名称' }]}>
                      <Input placeholder="食堂名称" style={{ width: 300 }} maxLength={100} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除食堂" onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>添加食堂</Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
