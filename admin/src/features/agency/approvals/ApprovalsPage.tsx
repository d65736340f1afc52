import { errorMessage } from '@bangfu/api-client';
import { Alert, App, Button, Card, Drawer, Skeleton, Space, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useAgencyOrder, useApprove, usePendingApprovals, useRejectApproval, type ProcurementOrderSummary } from '../api';
import { dateTime, yuan } from '../shared/format';
import { OrderDetail } from '../shared/OrderDetail';
import { ReasonPrompt } from '../shared/ReasonPrompt';

/** 采购审批: the agency's orders waiting for an approver, oldest first. */
export function ApprovalsPage() {
  const { message } = App.useApp();
  const pending = usePendingApprovals();
  const approve = useApprove();
  const reject = useRejectApproval();
  const [viewing, setViewing] = useState<string>();
  const [rejecting, setRejecting] = useState<ProcurementOrderSummary | null>(null);
  const detail = useAgencyOrder(viewing);

  const doApprove = (o: ProcurementOrderSummary) =>
    approve.mutate({ id: o.id }, {
      onSuccess: () => { message.success(`已通过 ${o.orderNo}，等待供应商确认`); setViewing(undefined); },
      onError: (e) => message.error(errorMessage(e)),
    });

  const doReject = (reason: string | undefined) =>
    rejecting && reason &&
    reject.mutate({ id: rejecting.id, reason }, {
      onSuccess: () => { message.success(`已驳回 ${rejecting.orderNo}`); setRejecting(null); setViewing(undefined); },
      onError: (e) => message.error(errorMessage(e)),
    });

  const actions = (o: ProcurementOrderSummary) => (
    <Space>
      <Button type="primary" size="small" loading={approve.isPending && approve.variables?.id === o.id} onClick={() => doApprove(o)}>通过</Button>
      <Button danger size="small" onClick={() => setRejecting(o)}>驳回</Button>
    </Space>
  );

  const columns: TableProps<ProcurementOrderSummary>['columns'] = [
    { title: '订单号', dataIndex: 'orderNo', render: (no: string, o) => <Button type="link" style={{ padding: 0 }} onClick={() => setViewing(o.id)}>{no}</Button> },
    { title: '食堂', dataIndex: 'canteenName' },
    { title: '供应商', dataIndex: 'supplierName' },
    { title: '下单人', dataIndex: 'buyerName' },
    { title: '金额', dataIndex: 'goodsFen', align: 'right', render: (v: number) => yuan(v) },
    { title: '送达日期', dataIndex: 'deliveryDate' },
    { title: '提交时间', dataIndex: 'createdAt', render: dateTime },
    { title: '操作', key: 'actions', render: (_, o) => actions(o) },
  ];

  const viewed = pending.data?.items.find((o) => o.id === viewing);

  return (
    <Card title="采购审批">
      {pending.isError && <Alert type="error" showIcon title={errorMessage(pending.error)} style={{ marginBottom: 16 }} />}
      <Table<ProcurementOrderSummary>
        rowKey="id"
        columns={columns}
        dataSource={pending.data?.items ?? []}
        loading={pending.isFetching}
        locale={{ emptyText: '没有待审批的订单' }}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 单待审批` }}
        scroll={{ x: 'max-content' }}
      />
      <Drawer title="审批采购订单" open={!!viewing} onClose={() => setViewing(undefined)} size="large" destroyOnHidden
        extra={viewed && actions(viewed)}>
        {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
        {detail.isPending ? <Skeleton active /> : detail.data && <OrderDetail order={detail.data} />}
      </Drawer>
      <ReasonPrompt
        ask={rejecting ? { title: '驳回采购订单', label: '驳回原因', okText: '驳回', subject: `订单 ${rejecting.orderNo}（${yuan(rejecting.goodsFen)}）` } : null}
        loading={reject.isPending}
        onSubmit={doReject}
        onClose={() => setRejecting(null)}
      />
    </Card>
  );
}
