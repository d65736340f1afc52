import { errorMessage } from '@bangfu/api-client';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatFen } from '../../lib/money';
import { useAgencyOptions, useAgreements, useSupplierOptions, type Agreement, type AgreementStatus } from './api';
import { AGREEMENT_STATUS } from './labels';

/** 定向直供协议: every agency's direct-supply agreements, read only (agencies and suppliers act on them). */
export function AgreementsPage() {
  const [agencyId, setAgencyId] = useState<string>();
  const [supplierId, setSupplierId] = useState<string>();
  const [status, setStatus] = useState<AgreementStatus>();
  const agreements = useAgreements({ agencyId, supplierId, status });
  const agencies = useAgencyOptions();
  const suppliers = useSupplierOptions();

  return (
    <Card title="定向直供协议">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select aria-label="预算单位" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部预算单位" style={{ width: 260 }}
          value={agencyId} onChange={(v?: string) => setAgencyId(v)} loading={agencies.isLoading} options={agencies.data ?? []} />
        <Select aria-label="供应商" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部供应商" style={{ width: 260 }}
          value={supplierId} onChange={(v?: string) => setSupplierId(v)} loading={suppliers.isLoading} options={suppliers.data ?? []} />
        <Select<AgreementStatus> aria-label="协议状态" allowClear placeholder="全部状态" style={{ width: 160 }} value={status}
          onChange={(v) => setStatus(v || undefined)}
          options={Object.entries(AGREEMENT_STATUS).map(([value, s]) => ({ value: value as AgreementStatus, label: s.label }))} />
      </Space>
      {agreements.error && <Alert type="error" showIcon title={errorMessage(agreements.error)} style={{ marginBottom: 16 }} />}
      <Table<Agreement>
        rowKey="id"
        loading={agreements.isFetching}
        dataSource={agreements.data ?? []}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 份` }}
        expandable={{
          expandedRowRender: (a) => (
            <Table size="small" rowKey="skuId" pagination={false} dataSource={a.lines}
              columns={[
                { title: '商品', key: 'p', render: (_, l) => `${l.productName} ${l.spec}` },
                { title: '商城价', dataIndex: 'shopPriceFen', align: 'right', render: formatFen },
                { title: '协议价', dataIndex: 'priceFen', align: 'right', render: formatFen },
                { title: '每单最少', key: 'min', render: (_, l) => `${l.minQty}${l.unit}` },
              ]} />
          ),
        }}
        columns={[
          { title: '协议名称', dataIndex: 'title' },
          { title: '预算单位', dataIndex: 'agencyName' },
          { title: '供应商', dataIndex: 'supplierName' },
          { title: '有效期', key: 'period', render: (_, a) => `${a.validFrom} 至 ${a.validTo}` },
          {
            title: '状态', key: 'status', width: 160,
            render: (_, a) => (
              <Space size={4}>
                <Tag color={AGREEMENT_STATUS[a.status]?.color}>{AGREEMENT_STATUS[a.status]?.label ?? a.statusLabel}</Tag>
                {a.status === 'ACTIVE' && a.expired && <Tag>已过期</Tag>}
              </Space>
            ),
          },
          {
            title: '说明', key: 'note',
            render: (_, a) => <Typography.Text type="secondary">{a.endReason ?? a.declineReason ?? a.note ?? ''}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
