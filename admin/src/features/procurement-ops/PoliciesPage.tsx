import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { applyFieldErrors } from '../misc/formErrors';
import { useChildDivisions, useCreatePolicy, usePolicies, usePolicyHistory, useUpdatePolicy, type CreatePolicyBody, type QuotaPolicy, type UpdatePolicyBody } from './api';
import { currentYear, quotaYears } from './filters';
import { bpPercent } from './labels';
import { validated } from './validated';

const dateTime = (s: string) => new Date(s).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** Scope kind from the GB/T 2260 code: 000000 national, xx0000 province, xxxx00 city, else district. */
export function scopeKind(code: string): string {
  if (code === '000000') return '全国';
  if (code.endsWith('0000')) return '省级';
  if (code.endsWith('00')) return '市级';
  return '区级';
}

const yesNo = (v: boolean) => (v ? <Tag color="green">计入</Tag> : <Tag>不计入</Tag>);

/** 份额政策: the reserved-share rules as data, changed only by new versions with a reason. */
export function PoliciesPage() {
  const [year, setYear] = useState<number | undefined>(currentYear());
  const policies = usePolicies(year);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<QuotaPolicy | null>(null);
  const [history, setHistory] = useState<QuotaPolicy | null>(null);
  const rows = useMemo(
    () => [...(policies.data ?? [])].sort((a, b) => b.year - a.year || a.scopeCode.localeCompare(b.scopeCode)),
    [policies.data],
  );

  return (
    <Card title="份额政策"
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建政策</Button>}>
      <Space style={{ marginBottom: 16 }}>
        <Select<number> aria-label="年度" allowClear placeholder="全部年度" style={{ width: 130 }} value={year}
          onChange={(y) => setYear(y ?? undefined)} options={quotaYears().map((y) => ({ value: y, label: `${y} 年` }))} />
        <Typography.Text type="secondary">单位适用最具体的生效政策：区 → 市 → 省 → 全国；都没有时按全国底线 10%。</Typography.Text>
      </Space>
      {policies.error && <Alert type="error" showIcon title={errorMessage(policies.error)} style={{ marginBottom: 16 }} />}
      <Table<QuotaPolicy>
        rowKey="id"
        loading={policies.isFetching}
        dataSource={rows}
        pagination={{ defaultPageSize: 50, showTotal: (n) => `共 ${n} 条` }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 70 },
          {
            title: '适用范围', key: 'scope',
            render: (_, p) => <Space size={4}><Tag>{scopeKind(p.scopeCode)}</Tag>{p.scopeName}</Space>,
          },
          { title: '预留比例', dataIndex: 'ratioBp', width: 90, render: bpPercent },
          { title: '工会福利', dataIndex: 'countsUnionWelfare', width: 90, render: yesNo },
          { title: '职工自购', dataIndex: 'countsStaffPurchases', width: 90, render: yesNo },
          { title: '只计结对县', dataIndex: 'pairedCountiesOnly', width: 100, render: (v: boolean) => (v ? '是' : '否') },
          { title: '政策依据', dataIndex: 'basis', ellipsis: true },
          { title: '状态', dataIndex: 'effective', width: 80, render: (v: boolean) => (v ? <Tag color="green">生效</Tag> : <Tag>不生效</Tag>) },
          { title: '版本', dataIndex: 'versionNo', width: 70, render: (v: number) => `v${v}` },
          {
            title: '操作', key: 'actions', width: 130,
            render: (_, p) => (
              <Space size={0}>
                <Button type="link" size="small" aria-label={`修改${p.scopeName}${p.year}年政策`} onClick={() => setEditing(p)}>修改</Button>
                <Button type="link" size="small" aria-label={`${p.scopeName}${p.year}年政策的历史`} onClick={() => setHistory(p)}>历史</Button>
              </Space>
            ),
          },
        ]}
      />
      <CreatePolicyModal open={creating} onClose={() => setCreating(false)} />
      <EditPolicyModal policy={editing} onClose={() => setEditing(null)} />
      <PolicyHistoryDrawer policy={history} onClose={() => setHistory(null)} />
    </Card>
  );
}

interface RuleValues {
  ratioPercent: number;
  countsUnionWelfare: boolean;
  countsStaffPurchases: boolean;
  pairedCountiesOnly: boolean;
  basis: string;
  effective: boolean;
}

/** Percent with up to two decimals → basis points (30 → 3000, 12.5 → 1250). */
const toBp = (percentValue: number) => Math.round(percentValue * 100);

const RENAME = { ratioBp: 'ratioPercent' };

function RuleFields() {
  return (
    <>
      <Form.Item name="ratioPercent" label="预留比例（%）" rules={[{ required: true, message: '请输入预留比例' }]}>
        <InputNumber min={0} max={100} precision={2} step={1} style={{ width: 160 }} suffix="%" />
      </Form.Item>
      <Space size="large">
        <Form.Item name="countsUnionWelfare" label="工会福利采购计入" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="countsStaffPurchases" label="职工自购计入" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="pairedCountiesOnly" label="只计结对县" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="effective" label="生效" valuePropName="checked"><Switch /></Form.Item>
      </Space>
      <Form.Item name="basis" label="政策依据" rules={[{ required: true, whitespace: true, message: '请填写政策依据' }, { min: 2, max: 300, message: '政策依据为 2–300 个字' }]}>
        <Input.TextArea rows={2} maxLength={300} placeholder="文件名、文号或来源，如：财库〔2021〕19号" />
      </Form.Item>
    </>
  );
}

function ScopeSelect(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const sz = useChildDivisions('440300');
  const gz = useChildDivisions('440100');
  const options = [
    { value: '000000', label: '全国' },
    { value: '440000', label: '广东省' },
    { value: '440300', label: '深圳市' },
    { value: '440100', label: '广州市' },
    ...(sz.data ?? []).map((d) => ({ value: d.code, label: `深圳市${d.name}` })),
    ...(gz.data ?? []).map((d) => ({ value: d.code, label: `广州市${d.name}` })),
  ];
  return <Select {...props} showSearch={{ optionFilterProp: 'label' }} placeholder="全国、省、市或区" options={options} />;
}

function CreatePolicyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleValues & { scopeCode: string; year: number }>();
  const create = useCreatePolicy();
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const body: CreatePolicyBody = {
      scopeCode: v.scopeCode, year: v.year, ratioBp: toBp(v.ratioPercent), countsUnionWelfare: !!v.countsUnionWelfare,
      countsStaffPurchases: !!v.countsStaffPurchases, pairedCountiesOnly: !!v.pairedCountiesOnly, basis: v.basis.trim(), effective: !!v.effective,
    };
    create.mutate(body, {
      onSuccess: () => { message.success('政策已创建'); onClose(); },
      onError: (e) => { message.error(errorMessage(e)); applyFieldErrors(form, fieldErrors(e), RENAME); },
    });
  };
  return (
    <Modal title="新建份额政策" open={open} onOk={submit} onCancel={onClose} okText="保存" confirmLoading={create.isPending} destroyOnHidden width={640}>
      <Form form={form} name="createPolicy" layout="vertical" preserve={false}
        initialValues={{ year: currentYear(), countsUnionWelfare: true, countsStaffPurchases: false, pairedCountiesOnly: false, effective: true }}>
        <Space size="large">
          <Form.Item name="scopeCode" label="适用范围" rules={[{ required: true, message: '请选择适用范围' }]}>
            <ScopeSelect />
          </Form.Item>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请选择年度' }]}>
            <Select style={{ width: 120 }} options={quotaYears().map((y) => ({ value: y, label: `${y} 年` }))} />
          </Form.Item>
        </Space>
        <RuleFields />
      </Form>
    </Modal>
  );
}

function EditPolicyModal({ policy, onClose }: { policy: QuotaPolicy | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleValues & { reason: string }>();
  const update = useUpdatePolicy();
  const submit = async () => {
    if (!policy) return;
    const v = await validated(form);
    if (!v) return;
    const body: UpdatePolicyBody = {
      ratioBp: toBp(v.ratioPercent), countsUnionWelfare: !!v.countsUnionWelfare, countsStaffPurchases: !!v.countsStaffPurchases,
      pairedCountiesOnly: !!v.pairedCountiesOnly, basis: v.basis.trim(), effective: !!v.effective, reason: v.reason.trim(),
    };
    update.mutate({ id: policy.id, body }, {
      onSuccess: (p) => { message.success(`已保存为新版本 v${p.versionNo}`); onClose(); },
      onError: (e) => { message.error(errorMessage(e)); applyFieldErrors(form, fieldErrors(e), RENAME); },
    });
  };
  return (
    <Modal title={policy ? `修改政策：${policy.scopeName} ${policy.year} 年（当前 v${policy.versionNo}）` : ''} open={!!policy}
      onOk={submit} onCancel={onClose} okText="保存为新版本" confirmLoading={update.isPending} destroyOnHidden width={640}>
      {policy && (
        <Form form={form} name="editPolicy" layout="vertical" preserve={false}
          initialValues={{
            ratioPercent: policy.ratioBp / 100, countsUnionWelfare: policy.countsUnionWelfare, countsStaffPurchases: policy.countsStaffPurchases,
            pairedCountiesOnly: policy.pairedCountiesOnly, basis: policy.basis, effective: policy.effective,
          }}>
          <RuleFields />
          <Form.Item name="reason" label="修改原因（记入版本历史）"
            rules={[{ required: true, whitespace: true, message: '请填写修改原因' }, { min: 2, max: 200, message: '修改原因为 2–200 个字' }]}>
            <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：市里下发新年度比例" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function PolicyHistoryDrawer({ policy, onClose }: { policy: QuotaPolicy | null; onClose: () => void }) {
  const history = usePolicyHistory(policy?.id ?? null);
  return (
    <Drawer title={policy ? `${policy.scopeName} ${policy.year} 年政策 · 版本历史` : ''} open={!!policy} onClose={onClose} size={560} destroyOnHidden>
      {history.error && <Alert type="error" showIcon title={errorMessage(history.error)} />}
      {history.data && !history.data.length && <Empty description="没有历史版本" />}
      {history.data && (
        <Timeline
          items={history.data.map((v) => ({
            key: v.id,
            color: v.current ? 'green' : 'gray',
            content: (
              <section aria-label={`版本 v${v.versionNo}`}>
                <Typography.Text strong>v{v.versionNo}</Typography.Text>
                {v.current && <Tag color="green" style={{ marginLeft: 8 }}>当前</Tag>}
                <div>{v.createdByName} · {dateTime(v.createdAt)}</div>
                <div>原因：{v.changeReason ?? (v.versionNo === 1 ? '首次登记' : '—')}</div>
                <Descriptions size="small" column={2} style={{ marginTop: 4 }}>
                  <Descriptions.Item label="比例">{bpPercent(v.ratioBp)}</Descriptions.Item>
                  <Descriptions.Item label="生效">{v.effective ? '是' : '否'}</Descriptions.Item>
                  <Descriptions.Item label="工会福利">{v.countsUnionWelfare ? '计入' : '不计入'}</Descriptions.Item>
                  <Descriptions.Item label="职工自购">{v.countsStaffPurchases ? '计入' : '不计入'}</Descriptions.Item>
                  <Descriptions.Item label="只计结对县">{v.pairedCountiesOnly ? '是' : '否'}</Descriptions.Item>
                  <Descriptions.Item label="依据">{v.basis}</Descriptions.Item>
                </Descriptions>
                {v.supersededAt && (
                  <Typography.Text type="secondary">
                    {dateTime(v.supersededAt)} 被{v.supersededByName ? `「${v.supersededByName}」` : ''}修改取代
                  </Typography.Text>
                )}
              </section>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
