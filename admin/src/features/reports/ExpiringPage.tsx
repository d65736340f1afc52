import { Alert, Card, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { exportPath, reportPaths, useExpiring, type ExpiringCertRow } from './api';
import { ExportButton } from './ExportButton';

type Days = 30 | 60 | 90;

/** Warning level of a certificate by the days it has left. */
export function expiryTag(daysLeft: number): { color: string; text: string } {
  if (daysLeft <= 0) return { color: 'red', text: '今天到期' };
  if (daysLeft <= 7) return { color: 'red', text: `${daysLeft} 天后到期` };
  if (daysLeft <= 30) return { color: 'orange', text: `${daysLeft} 天后到期` };
  return { color: 'gold', text: `${daysLeft} 天后到期` };
}

/** 证书到期预警: certificates of products and supply bases that expire within 30/60/90 days. */
export function ExpiringPage() {
  const [days, setDays] = useState<Days>(30);
  const q = useExpiring(days);
  const items = q.data?.items ?? [];
  const urgent = items.filter((r) => r.daysLeft <= 7).length;
  const columns: TableColumnsType<ExpiringCertRow> = [
    {
      title: '剩余',
      dataIndex: 'daysLeft',
      sorter: (a, b) => a.daysLeft - b.daysLeft,
      defaultSortOrder: 'ascend',
      render: (d: number) => {
        const t = expiryTag(d);
        return <Tag color={t.color}>{t.text}</Tag>;
      },
    },
    { title: '有效期至', dataIndex: 'validTo' },
    { title: '对象', dataIndex: 'subject', render: (s: string) => (s === 'PRODUCT' ? '商品' : '基地') },
    { title: '名称', dataIndex: 'subjectName' },
    { title: '供应商', dataIndex: 'supplierName' },
    { title: '证书类型', dataIndex: 'typeLabel' },
    { title: '证书编号', dataIndex: 'number' },
  ];
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>证书到期预警</h2>}
      extra={
        <Space wrap>
          <Segmented<Days>
            aria-label="到期范围"
            value={days}
            onChange={setDays}
            options={[{ label: '30天内', value: 30 }, { label: '60天内', value: 60 }, { label: '90天内', value: 90 }]}
          />
          <ExportButton title="证书到期预警" path={exportPath(reportPaths.expiring)} params={{ days }} filename={`证书到期预警_${days}天.xlsx`} />
        </Space>
      }
    >
      {q.error ? <Alert type="error" showIcon title="证书到期信息加载失败" style={{ marginBottom: 12 }} /> : null}
      {q.data && (
        <Alert
          type={items.length === 0 ? 'success' : urgent > 0 ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            items.length === 0
              ? `截至 ${q.data.today}，${days} 天内没有到期的证书`
              : `截至 ${q.data.today}，${days} 天内有 ${items.length} 张证书到期${urgent > 0 ? `，其中 ${urgent} 张 7 天内到期` : ''}`
          }
        />
      )}
      <Typography.Paragraph type="secondary">到期后商品的消费帮扶认定失效将自动下架，请提醒供应商及时更新证书。</Typography.Paragraph>
      <Table<ExpiringCertRow>
        aria-label="证书到期预警"
        size="small"
        rowKey={(r) => `${r.subject}-${r.subjectId}-${r.number}`}
        loading={q.isFetching}
        columns={columns}
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
