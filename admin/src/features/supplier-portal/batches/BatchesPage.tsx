import { errorMessage } from '@bangfu/api-client';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useProducts } from '../products/api';
import { useBatches, type BatchFilters, type BatchSummary } from './api';

export const InspectionTag = ({ passed }: { passed: boolean | null }) =>
  passed === null ? <Tag>未检测</Tag> : passed ? <Tag color="green">检测合格</Tag> : <Tag color="red">检测不合格</Tag>;

/** 批次追溯: the supplier's batches, newest first, server-paged. */
export function BatchesPage() {
  const [filters, setFilters] = useState<BatchFilters>({ page: 1, pageSize: 20 });
  const batches = useBatches(filters);
  const products = useProducts();
  const navigate = useNavigate();

  return (
    <Card title="批次追溯" extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/supplier/batches/new')}>新建批次</Button>}>
      <Space style={{ marginBottom: 16 }}>
        商品
        <Select allowClear placeholder="全部商品" style={{ width: 260 }} value={filters.productId}
          onChange={(productId?: string) => setFilters((f) => ({ ...f, page: 1, productId }))}
          options={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
      </Space>
      {batches.isError && <Alert type="error" showIcon title={errorMessage(batches.error)} style={{ marginBottom: 16 }} />}
      <Table<BatchSummary>
        rowKey="id"
        dataSource={batches.data?.items ?? []}
        loading={batches.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: batches.data?.total ?? 0,
          showTotal: (n) => `共 ${n} 批`,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        columns={[
          { title: '批次号', dataIndex: 'batchNo', render: (no: string, b) => <Link to={`/supplier/batches/${b.id}`}>{no}</Link> },
          { title: '商品', dataIndex: 'productName' },
          { title: '采收/生产日期', dataIndex: 'harvestDate' },
          { title: '数量', key: 'qty', align: 'right', render: (_, b) => `${b.quantity} ${b.unit}` },
          { title: '检测', dataIndex: 'inspectionPassed', render: (p: boolean | null) => <InspectionTag passed={p} /> },
          { title: '追溯码', dataIndex: 'traceCode', render: (c: string, b) => <a href={b.traceUrl} target="_blank" rel="noreferrer"><code>{c}</code></a> },
          { title: '建立时间', dataIndex: 'createdAt', render: (s: string) => dayjs(s).format('YYYY-MM-DD HH:mm') },
          { title: '操作', key: 'actions', fixed: 'end', render: (_, b) => <Link to={`/supplier/batches/${b.id}`}>详情</Link> },
        ]}
      />
    </Card>
  );
}
