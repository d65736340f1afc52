import { errorMessage, unwrap, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { api } from '../../../lib/api';
import { AgreementLines } from '../../agency/agreements/AgreementsPage';
import { dateTime } from '../../agency/shared/format';
import { AGREEMENT_STATUS } from '../../agency/shared/labels';
import { StatusTag } from '../../agency/shared/OrderDetail';
import { ReasonPrompt, type ReasonAsk } from '../../agency/shared/ReasonPrompt';

type Agreement = ResponseOf<'/api/supplier/agreements/{id}', 'get'>;
const key = ['supplier', 'agreements'] as const;

function useAgreementAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: 'accept' | 'decline' | 'end'; reason?: string }) => {
      const params = { params: { path: { id } } };
      if (action === 'accept') return unwrap(api.POST('/api/supplier/agreements/{id}/accept', params));
      if (action === 'decline') return unwrap(api.POST('/api/supplier/agreements/{id}/decline', { ...params, body: reason ? { reason } : {} }));
      return unwrap(api.POST('/api/supplier/agreements/{id}/end', { ...params, body: { reason: reason ?? '' } }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/** 定向直供协议: agencies' proposals to this co-op; accept or decline them, end active ones. */
export function SupplierAgreementsPage() {
  const { message } = App.useApp();
  const list = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/supplier/agreements', { params: { query: {} } })), select: (d) => d.items });
  const act = useAgreementAction();
  const [asking, setAsking] = useState<{ agreement: Agreement; action: 'decline' | 'end' } | null>(null);

  const run = (agreement: Agreement, action: 'accept' | 'decline' | 'end', reason?: string) =>
    act.mutate({ id: agreement.id, action, reason }, {
      onSuccess: () => { message.success(action === 'accept' ? '协议已生效' : action === 'decline' ? '已拒绝协议' : '协议已终止'); setAsking(null); },
      onError: (e) => message.error(errorMessage(e)),
    });

  const columns: TableProps<Agreement>['columns'] = [
    { title: '协议', dataIndex: 'title' },
    { title: '采购单位', dataIndex: 'agencyName' },
    { title: '有效期', key: 'period', render: (_, a) => `${a.validFrom} 至 ${a.validTo}` },
    { title: '状态', key: 'status', render: (_, a) => <Space size={4}><StatusTag value={a.status} labels={AGREEMENT_STATUS} text={a.statusLabel} />{a.expired && <Tag>已过期</Tag>}</Space> },
    { title: '商品数', key: 'n', render: (_, a) => a.lines.length },
    { title: '提出时间', dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
    {
      title: '操作',
      key: 'actions',
      render: (_, a) => (
        <Space>
          {a.status === 'PROPOSED' && (
            <>
              <Popconfirm title="接受此协议？" description="接受后，采购单位可按协议价下单" okText="接受" cancelText="取消" onConfirm={() => run(a, 'accept')}>
                <Button type="link" size="small">接受</Button>
              </Popconfirm>
              <Button type="link" size="small" danger onClick={() => setAsking({ agreement: a, action: 'decline' })}>拒绝</Button>
            </>
          )}
          {a.status === 'ACTIVE' && <Button type="link" size="small" danger onClick={() => setAsking({ agreement: a, action: 'end' })}>终止</Button>}
        </Space>
      ),
    },
  ];

  const ask: ReasonAsk | null = asking
    ? asking.action === 'decline'
      ? { title: '拒绝协议', label: '拒绝原因', okText: '拒绝', optional: true, subject: `${asking.agreement.title}（${asking.agreement.agencyName}）` }
      : { title: '终止协议', label: '终止原因', okText: '终止', subject: `${asking.agreement.title}（${asking.agreement.agencyName}）` }
    : null;

  return (
    <Card title="定向直供协议">
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <Table<Agreement>
        rowKey="id"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (a) => (
            <>
              <AgreementLines agreement={a} />
              {(a.note || a.endReason || a.declineReason) && (
                <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                  {a.note && <Descriptions.Item label="备注">{a.note}</Descriptions.Item>}
                  {a.declineReason && <Descriptions.Item label="拒绝原因">{a.declineReason}</Descriptions.Item>}
                  {a.endReason && <Descriptions.Item label="终止原因">{a.endReason}</Descriptions.Item>}
                </Descriptions>
              )}
            </>
          ),
        }}
      />
      <ReasonPrompt ask={ask} loading={act.isPending} onClose={() => setAsking(null)} onSubmit={(reason) => asking && run(asking.agreement, asking.action, reason)} />
    </Card>
  );
}
