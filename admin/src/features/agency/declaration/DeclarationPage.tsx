import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { applyFieldErrors } from '../../misc/formErrors';
import { fenToYuan, yuanToFen } from '../../supplier-portal/shared/money';
import { useAgencyId, useDeclaration, useFileDeclaration, useReminders, type Declaration, type Reminder } from '../api';
import { dateTime, thisYear, yearOptions, yuan } from '../shared/format';

interface Values {
  hasCanteen: boolean;
  spend?: string;
  remarks?: string;
}

type Revision = Declaration['revisions'][number];

/** 年度填报: has a canteen, the year's canteen produce spending (元, sent in fen), remarks. */
export function DeclarationPage() {
  const { message } = App.useApp();
  const agencyId = useAgencyId();
  const [year, setYear] = useState(thisYear());
  const [form] = Form.useForm<Values>();
  const declaration = useDeclaration(agencyId, year);
  const reminders = useReminders(agencyId);
  const file = useFileDeclaration(agencyId);
  const hasCanteen = Form.useWatch('hasCanteen', form);
  const d = declaration.data;

  useEffect(() => {
    if (declaration.isPending) return;
    form.setFieldsValue(
      d ? { hasCanteen: d.hasCanteen, spend: fenToYuan(d.annualAgriSpendFen), remarks: d.remarks ?? '' } : { hasCanteen: true, spend: undefined, remarks: '' },
    );
  }, [d, declaration.isPending, form]);

  const submit = (v: Values) => {
    const fen = v.hasCanteen ? yuanToFen(v.spend ?? '') : 0;
    file.mutate(
      { year, hasCanteen: v.hasCanteen, annualAgriSpendFen: fen ?? 0, ...(v.remarks?.trim() ? { remarks: v.remarks.trim() } : {}) },
      {
        onSuccess: (r) => message.success(r.revision === 1 ? `${year} 年度已填报` : `已保存第 ${r.revision} 版`),
        onError: (e) => {
          applyFieldErrors(form, fieldErrors(e), { annualAgriSpendFen: 'spend' });
          message.error(errorMessage(e));
        },
      },
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="年度填报" extra={<Select aria-label="年度" value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />}>
        {declaration.isError && <Alert type="error" showIcon title={errorMessage(declaration.error)} style={{ marginBottom: 16 }} />}
        {d === null && <Alert type="warning" showIcon title={`${year} 年度尚未填报`} style={{ marginBottom: 16 }} />}
        {d && (
          <Typography.Paragraph type="secondary">
            当前为第 {d.revision} 版，{d.filedByName}{d.onBehalf ? '（运营代填）' : ''}于 {dateTime(d.filedAt)} 填报
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" style={{ maxWidth: 560 }} onFinish={submit} initialValues={{ hasCanteen: true }}>
          <Form.Item name="hasCanteen" label="是否有食堂" rules={[{ required: true }]}>
            <Radio.Group options={[{ value: true, label: '有食堂' }, { value: false, label: '无食堂（或共用他单位食堂，由对方填报）' }]} />
          </Form.Item>
          <Form.Item name="spend" label="年度食堂农副产品采购总额（元）" extra="预留份额 = 采购总额 × 预留比例"
            rules={[
              { required: hasCanteen !== false, message: '请填写年度采购总额' },
              { validator: (_, v) => (!v || yuanToFen(String(v)) !== null ? Promise.resolve() : Promise.reject(new Error('请输入金额，最多两位小数'))) },
            ]}>
            <Input prefix="¥" inputMode="decimal" disabled={hasCanteen === false} placeholder="如 1200000.00" />
          </Form.Item>
          <Form.Item name="remarks" label="备注" extra="如：共用食堂，由XX填报">
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={file.isPending}>{d ? '保存修改' : '提交填报'}</Button>
        </Form>
      </Card>

      <Card title="填报记录" size="small">
        <Table<Revision> rowKey="revision" size="small" pagination={false} dataSource={d?.revisions ?? []}
          locale={{ emptyText: '暂无填报记录' }}
          columns={[
            { title: '版本', dataIndex: 'revision', render: (v: number) => `第 ${v} 版` },
            { title: '有食堂', dataIndex: 'hasCanteen', render: (v: boolean) => (v ? '是' : '否') },
            { title: '年度采购总额', dataIndex: 'annualAgriSpendFen', render: (v: number) => yuan(v) },
            { title: '备注', dataIndex: 'remarks', render: (v: string | null) => v ?? '' },
            { title: '填报人', key: 'by', render: (_, r) => <>{r.filedByName}{r.onBehalf && <Tag style={{ marginLeft: 4 }}>运营代填</Tag>}</> },
            { title: '时间', dataIndex: 'filedAt', render: dateTime },
          ]} />
      </Card>

      <Card title="收到的填报提醒" size="small">
        {reminders.isError && <Alert type="error" showIcon title={errorMessage(reminders.error)} />}
        <Table<Reminder> rowKey="id" size="small" pagination={false} dataSource={reminders.data ?? []} locale={{ emptyText: '暂无提醒' }}
          columns={[
            { title: '年度', dataIndex: 'year', render: (y: number) => `${y} 年度` },
            { title: '内容', dataIndex: 'message' },
            { title: '发送人', dataIndex: 'sentByName' },
            { title: '时间', dataIndex: 'sentAt', render: dateTime },
            { title: '现状', dataIndex: 'filed', render: (f: boolean) => (f ? <Tag color="green">已填报</Tag> : <Tag color="gold">未填报</Tag>) },
          ]} />
      </Card>
    </Space>
  );
}
