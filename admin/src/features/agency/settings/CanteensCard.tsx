import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Radio, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../misc/formErrors';
import { useAgency, useCreateContractor, useSaveCanteen, type Canteen, type CanteenBody, type ContractorBody } from '../api';
import { CANTEEN_KIND_LABELS } from '../shared/labels';

type Editing = { canteen?: Canteen } | null;

function CanteenModal({ agencyId, editing, onClose }: { agencyId?: string; editing: Editing; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CanteenBody>();
  const save = useSaveCanteen(agencyId);
  const kind = Form.useWatch('kind', form);
  const c = editing?.canteen;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const clean = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x.trim() || (c ? null : undefined) : x])) as CanteenBody;
    if (clean.kind !== 'OUTSOURCED' && c) (clean as Record<string, unknown>).contractorName = null;
    save.mutate({ id: c?.id, body: clean }, {
      onSuccess: () => { message.success(c ? '食堂已修改' : '食堂已添加'); onClose(); },
      onError: (e) => { applyFieldErrors(form, fieldErrors(e)); message.error(errorMessage(e)); },
    });
  };

  return (
    <Modal title={c ? '编辑食堂' : '新增食堂'} open={!!editing} onCancel={onClose} onOk={submit} okText="保存" confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}
        initialValues={c ? { name: c.name, address: c.address ?? '', kind: c.kind, contractorName: c.contractorName ?? '', contactName: c.contactName ?? '', contactPhone: c.contactPhone ?? '' } : { kind: 'OWN' }}>
        <Form.Item name="name" label="食堂名称" rules={[{ required: true, whitespace: true, message: '请填写食堂名称' }, { max: 100 }]}><Input /></Form.Item>
        <Form.Item name="kind" label="类型">
          <Radio.Group options={Object.entries(CANTEEN_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {kind === 'OUTSOURCED' && (
          <Form.Item name="contractorName" label="承包方" rules={[{ required: true, whitespace: true, message: '外包食堂须填写承包方' }, { max: 100 }]}><Input /></Form.Item>
        )}
        <Form.Item name="address" label="地址（收货地址）" rules={[{ max: 200 }]}><Input /></Form.Item>
        <Form.Item name="contactName" label="收货人" rules={[{ max: 40 }]}><Input /></Form.Item>
        <Form.Item name="contactPhone" label="联系电话" rules={[{ pattern: /^[0-9+\- ]{7,20}$/, message: '电话格式不正确' }]}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

function ContractorModal({ agencyId, canteen, onClose }: { agencyId?: string; canteen: Canteen | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ContractorBody>();
  const create = useCreateContractor(agencyId);
  const submit = async () => {
    if (!canteen) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    create.mutate({ canteenId: canteen.id, ...v }, {
      onSuccess: () => { message.success('承包方采购账号已开通'); onClose(); },
      onError: (e) => { applyFieldErrors(form, fieldErrors(e)); message.error(errorMessage(e)); },
    });
  };
  return (
    <Modal title={`开通承包方采购账号：${canteen?.name ?? ''}`} open={!!canteen} onCancel={onClose} onOk={submit} okText="开通" confirmLoading={create.isPending} destroyOnHidden>
      <p>承包方（{canteen?.contractorName}）用此账号只能为本食堂下单。</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50 }]}><Input /></Form.Item>
        <Form.Item name="phone" label="手机号" rules={[{ required: true, pattern: /^1\d{10}$/, message: '请输入 11 位手机号' }]}><Input maxLength={11} /></Form.Item>
        <Form.Item name="password" label="初始密码" rules={[{ required: true, pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,64}$/, message: '8–64 位，须含字母和数字' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The agency's canteens: own, shared or outsourced (an outsourced one may get a contractor buyer account). */
export function CanteensCard({ agencyId }: { agencyId?: string }) {
  const agency = useAgency(agencyId);
  const [editing, setEditing] = useState<Editing>(null);
  const [contractorFor, setContractorFor] = useState<Canteen | null>(null);

  const columns: TableProps<Canteen>['columns'] = [
    { title: '食堂', dataIndex: 'name' },
    { title: '类型', dataIndex: 'kind', render: (k: string) => <Tag>{CANTEEN_KIND_LABELS[k] ?? k}</Tag> },
    { title: '承包方', dataIndex: 'contractorName', render: (v: string | null, c) => (v ? <>{v}{c.contractorUserId && <Tag color="green" style={{ marginLeft: 4 }}>已开通账号</Tag>}</> : '') },
    { title: '地址', dataIndex: 'address', render: (v: string | null) => v ?? '' },
    { title: '收货人', key: 'contact', render: (_, c) => [c.contactName, c.contactPhone].filter(Boolean).join(' ') },
    {
      title: '操作',
      key: 'actions',
      render: (_, c) => (
        <Space>
          <Button type="link" size="small" onClick={() => setEditing({ canteen: c })}>编辑</Button>
          {c.kind === 'OUTSOURCED' && !c.contractorUserId && c.contractorName && (
            <Button type="link" size="small" onClick={() => setContractorFor(c)}>开通承包方账号</Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title="食堂" size="small" extra={<Button icon={<PlusOutlined />} onClick={() => setEditing({})}>新增食堂</Button>}>
      <Table<Canteen> rowKey="id" size="small" pagination={false} columns={columns} dataSource={agency.data?.canteens ?? []} loading={agency.isFetching} scroll={{ x: 'max-content' }} />
      <CanteenModal agencyId={agencyId} editing={editing} onClose={() => setEditing(null)} />
      <ContractorModal agencyId={agencyId} canteen={contractorFor} onClose={() => setContractorFor(null)} />
    </Card>
  );
}
