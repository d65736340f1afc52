import { errorMessage, type CreateSupplierBody, type Supplier } from '@bangfu/api-client';
import { App, Button, Form, Input, Modal, Table } from 'antd';
import { useMemo, useState } from 'react';
import { ReasonModal, type ReasonRequest } from '../review/ReasonModal';
import { useSupplierDecision } from '../supplier-admission/api';
import { useCounties } from '../regions/api';
import { CountySelect } from '../regions/selects';
import { AccountPage } from './AccountPage';
import { StatusTag } from './StatusTag';
import { useCreateSupplier, useSuppliers } from './api';
import { useSubmit } from './useSubmit';

export function SuppliersPage() {
  const suppliers = useSuppliers();
  const counties = useCounties();
  const countyName = useMemo(() => new Map((counties.data ?? []).map((c) => [c.code, c.fullName])), [counties.data]);
  const [open, setOpen] = useState(false);
  const [acting, setActing] = useState<{ supplier: Supplier; request: ReasonRequest } | null>(null);
  const decide = useSupplierDecision();
  const { message } = App.useApp();
  // Suspending takes the supplier's products off the shelves at once; reinstating may go without a reason.
  const act = (supplier: Supplier) =>
    setActing({
      supplier,
      request: supplier.status === 'APPROVED'
        ? { title: '暂停供应商', okText: '暂停', subject: supplier.name, danger: true, placeholder: '如：抽检不合格，暂停整改' }
        : { title: '恢复供应商', okText: '恢复', subject: supplier.name, optional: true },
    });
  const submitDecision = (reason: string | undefined) => {
    if (!acting) return;
    const decision = acting.supplier.status === 'APPROVED' ? 'suspend' : 'reinstate';
    decide.mutate({ id: acting.supplier.id, decision, reason }, {
      onSuccess: () => { message.success(decision === 'suspend' ? '已暂停，其商品已下架' : '已恢复'); setActing(null); },
      onError: (e) => message.error(errorMessage(e)),
    });
  };
  return (
    <AccountPage title="供应商" createLabel="新建供应商" onCreate={() => setOpen(true)} error={suppliers.error}>
      <Table<Supplier>
        rowKey="id"
        dataSource={suppliers.data ?? []}
        loading={suppliers.isFetching}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 家` }}
        columns={[
          { title: '供应商名称', dataIndex: 'name' },
          { title: '统一社会信用代码', dataIndex: 'creditCode' },
          {
            title: '所在县',
            dataIndex: 'countyCode',
            render: (code: string) => (countyName.get(code) ? `${countyName.get(code)}（${code}）` : code),
          },
          { title: '状态', dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
          {
            title: '操作', key: 'actions', width: 80,
            render: (_, s) =>
              s.status === 'APPROVED' || s.status === 'SUSPENDED' ? (
                <Button type="link" size="small" danger={s.status === 'APPROVED'} aria-label={`${s.status === 'APPROVED' ? '暂停' : '恢复'}${s.name}`}
                  onClick={() => act(s)}>
                  {s.status === 'APPROVED' ? '暂停' : '恢复'}
                </Button>
              ) : null,
          },
        ]}
      />
      <ReasonModal request={acting?.request ?? null} loading={decide.isPending} onSubmit={submitDecision} onClose={() => setActing(null)} />
      <CreateSupplierModal open={open} onClose={() => setOpen(false)} />
    </AccountPage>
  );
}

function CreateSupplierModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateSupplierBody>();
  const create = useCreateSupplier();
  const submit = useSubmit(form, create, (v): CreateSupplierBody => ({
    name: v.name.trim(),
    creditCode: v.creditCode.trim().toUpperCase(),
    countyCode: v.countyCode,
    kind: 'COOPERATIVE',
  }), { success: '供应商已创建', close: onClose });

  return (
    <Modal title="新建供应商" open={open} onOk={submit} onCancel={onClose} okText="保存"
      confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} name="createSupplier" layout="vertical">
        <Form.Item name="name" label="供应商名称" rules={[{ required: true, whitespace: true, message: '请输入供应商名称' }]}>
          <Input maxLength={100} placeholder="如：田东县芒果种植专业合作社" />
        </Form.Item>
        <Form.Item name="creditCode" label="统一社会信用代码"
          rules={[{ required: true, message: '请输入统一社会信用代码' }, { pattern: /^[0-9A-Za-z]{18}$/, message: '统一社会信用代码为 18 位' }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="countyCode" label="所在县" rules={[{ required: true, message: '请选择所在县' }]}>
          <CountySelect placeholder="选择供应商所在县" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
