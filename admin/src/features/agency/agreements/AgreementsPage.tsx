import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Drawer, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useAgencyId, useAgreements, useEndAgreement, useStandingOrders, type Agreement, type StandingOrder } from '../api';
import { dateTime, yuan } from '../shared/format';
import { AGREEMENT_STATUS, WEEKDAY_LABELS } from '../shared/labels';
import { StatusTag } from '../shared/OrderDetail';
import { ReasonPrompt } from '../shared/ReasonPrompt';
import { ProposeAgreementModal } from './ProposeAgreementModal';

type Line = Agreement['lines'][number];

export function AgreementLines({ agreement }: { agreement: Agreement }) {
  return (
    <Table<Line> rowKey="skuId" size="small" pagination={false} dataSource={agreement.lines}
      columns={[
        { title: '商品', key: 'p', render: (_, l) => `${l.productName}（${l.spec}）` },
        { title: '商城价', dataIndex: 'shopPriceFen', render: (v: number) => yuan(v) },
        { title: '协议价', dataIndex: 'priceFen', render: (v: number) => yuan(v) },
        { title: '每单最少', key: 'min', render: (_, l) => `${l.minQty} ${l.unit}` },
      ]} />
  );
}

function StandingOrdersDrawer({ agencyId, agreement, onClose }: { agencyId?: string; agreement: Agreement | null; onClose: () => void }) {
  const list = useStandingOrders(agencyId, agreement?.id);
  const skuName = (id: string) => {
    const l = agreement?.lines.find((x) => x.skuId === id);
    return l ? `${l.productName}（${l.spec}）` : id;
  };
  return (
    <Drawer title={`周期订单 · ${agreement?.title ?? ''}`} open={!!agreement} onClose={onClose} size="large" destroyOnHidden>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<StandingOrder> rowKey="id" size="small" pagination={false} dataSource={list.data ?? []} loading={list.isFetching}
        locale={{ emptyText: '暂无周期订单（采购员在商城按协议设置）' }}
        columns={[
          { title: '送达', key: 'when', render: (_, s) => `每${WEEKDAY_LABELS[s.weekday]}（提前 ${s.leadDays} 天下单）` },
          { title: '商品', key: 'lines', render: (_, s) => s.lines.map((l) => `${skuName(l.skuId)} × ${l.quantity}`).join('；') },
          { title: '状态', key: 'active', render: (_, s) => (s.active ? <Tag color="green">执行中</Tag> : <Tag title={s.stoppedReason ?? undefined}>已暂停</Tag>) },
          { title: '下次送达', dataIndex: 'nextDeliveryDate' },
          { title: '上次下单', key: 'last', render: (_, s) => (s.lastOrderNo ? `${s.lastOrderNo}（${s.lastDeliveryDate}）` : '—') },
          { title: '问题', dataIndex: 'lastError', render: (v: string | null) => (v ? <Tag color="red">{v}</Tag> : '') },
          { title: '设置人', dataIndex: 'createdByName' },
        ]} />
    </Drawer>
  );
}

/** 定向直供: the agency's agreements with suppliers; managers propose and end them. */
export function AgreementsPage() {
  const { message } = App.useApp();
  const agencyId = useAgencyId();
  const agreements = useAgreements(agencyId);
  const end = useEndAgreement(agencyId);
  const [proposing, setProposing] = useState(false);
  const [ending, setEnding] = useState<Agreement | null>(null);
  const [standing, setStanding] = useState<Agreement | null>(null);

  const columns: TableProps<Agreement>['columns'] = [
    { title: '协议', dataIndex: 'title' },
    { title: '供应商', dataIndex: 'supplierName' },
    { title: '有效期', key: 'period', render: (_, a) => `${a.validFrom} 至 ${a.validTo}` },
    { title: '状态', key: 'status', render: (_, a) => <Space size={4}><StatusTag value={a.status} labels={AGREEMENT_STATUS} text={a.statusLabel} />{a.expired && <Tag>已过期</Tag>}</Space> },
    { title: '商品数', key: 'n', render: (_, a) => a.lines.length },
    { title: '提出时间', dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
    {
      title: '操作',
      key: 'actions',
      render: (_, a) => (
        <Space>
          {a.status === 'ACTIVE' && <Button type="link" size="small" onClick={() => setStanding(a)}>周期订单</Button>}
          {a.status === 'ACTIVE' && <Button type="link" size="small" danger onClick={() => setEnding(a)}>终止</Button>}
        </Space>
      ),
    },
  ];

  return (
    <Card title="定向直供" extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>提出协议</Button>}>
      {agreements.isError && <Alert type="error" showIcon title={errorMessage(agreements.error)} style={{ marginBottom: 16 }} />}
      <Table<Agreement>
        rowKey="id"
        columns={columns}
        dataSource={agreements.data ?? []}
        loading={agreements.isFetching}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (a) => (
            <>
              <AgreementLines agreement={a} />
              {(a.note || a.declineReason || a.endReason) && (
                <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                  {a.note && <Descriptions.Item label="备注">{a.note}</Descriptions.Item>}
                  {a.declineReason && <Descriptions.Item label="拒绝原因">{a.declineReason}</Descriptions.Item>}
                  {a.endReason && <Descriptions.Item label="终止原因">{a.endReason}（{a.endedByParty === 'SUPPLIER' ? '供应商' : '本单位'}，{dateTime(a.endedAt as unknown as string)}）</Descriptions.Item>}
                </Descriptions>
              )}
            </>
          ),
        }}
      />
      <ProposeAgreementModal agencyId={agencyId} open={proposing} onClose={() => setProposing(false)} />
      <StandingOrdersDrawer agencyId={agencyId} agreement={standing} onClose={() => setStanding(null)} />
      <ReasonPrompt
        ask={ending ? { title: '终止协议', label: '终止原因', okText: '终止', subject: `${ending.title}（${ending.supplierName}）；其周期订单随之停止` } : null}
        loading={end.isPending}
        onClose={() => setEnding(null)}
        onSubmit={(reason) => ending && reason && end.mutate({ id: ending.id, reason }, {
          onSuccess: () => { message.success('协议已终止'); setEnding(null); },
          onError: (e) => message.error(errorMessage(e)),
        })}
      />
    </Card>
  );
}
