import { errorMessage } from '@bangfu/api-client';
import { Alert, App, Button, Descriptions, Drawer, Empty, Space, Spin, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { StatusTag } from '../accounts/StatusTag';
import { dateTime, SUPPLIER_ACTION_LABELS, SUPPLIER_KIND_LABELS } from '../review/labels';
import { ReasonModal, type ReasonRequest } from '../review/ReasonModal';
import { useSupplierDecision, useSupplierDetail, type Decision, type SupplierDetail } from './api';

const REASON_DECISIONS: Record<Exclude<Decision, 'approve'>, ReasonRequest> = {
  reject: { title: '驳回准入申请', okText: '确认驳回', danger: true, placeholder: '如：营业执照已过期，请上传有效证照' },
  suspend: { title: '暂停供应商', okText: '确认暂停', danger: true, placeholder: '如：抽检不合格，整改期间暂停销售（其商品将立即下架）' },
  reinstate: { title: '恢复供应商', okText: '确认恢复', optional: true, placeholder: '如：整改完成' },
};

const DONE: Record<Decision, string> = { approve: '已准入', reject: '已驳回', suspend: '已暂停', reinstate: '已恢复' };

/** One supplier: licences, contact, household linkage, decision history, and the allowed decisions. */
export function SupplierDrawer({ id, countyName, onClose }: { id: string | null; countyName: Map<string, string>; onClose: () => void }) {
  const detail = useSupplierDetail(id);
  const decide = useSupplierDecision();
  const { message, modal } = App.useApp();
  const [asking, setAsking] = useState<Exclude<Decision, 'approve'> | null>(null);
  const s = detail.data;

  const run = (decision: Decision, reason?: string) =>
    decide.mutate(
      { id: id!, decision, reason },
      {
        onSuccess: () => {
          message.success(`供应商${DONE[decision]}`);
          setAsking(null);
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );

  const approve = () =>
    modal.confirm({ title: '确认准入该供应商？', content: s?.name, okText: '准入', onOk: () => run('approve') });

  const actions = s && (
    <Space>
      {s.status === 'PENDING' && <Button type="primary" onClick={approve} loading={decide.isPending}>准入通过</Button>}
      {s.status === 'PENDING' && <Button danger onClick={() => setAsking('reject')}>驳回</Button>}
      {s.status === 'APPROVED' && <Button danger onClick={() => setAsking('suspend')}>暂停</Button>}
      {s.status === 'SUSPENDED' && <Button type="primary" onClick={() => setAsking('reinstate')}>恢复</Button>}
    </Space>
  );

  return (
    <Drawer title={s?.name ?? '供应商详情'} open={!!id} onClose={onClose} size="large" extra={actions} destroyOnHidden>
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {detail.isLoading && <Spin />}
      {s && <SupplierDetailBody s={s} countyName={countyName} />}
      <ReasonModal request={asking ? { ...REASON_DECISIONS[asking], subject: s?.name } : null} loading={decide.isPending}
        onSubmit={(reason) => asking && run(asking, reason)} onClose={() => setAsking(null)} />
    </Drawer>
  );
}

function SupplierDetailBody({ s, countyName }: { s: SupplierDetail; countyName: Map<string, string> }) {
  return (
    <>
      <Descriptions column={1} size="small" bordered title="基本信息">
        <Descriptions.Item label="状态"><StatusTag status={s.status} />{s.statusReason && <Typography.Text type="secondary">{s.statusReason}</Typography.Text>}</Descriptions.Item>
        <Descriptions.Item label="类型">{SUPPLIER_KIND_LABELS[s.kind] ?? s.kind}</Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{s.creditCode}</Descriptions.Item>
        <Descriptions.Item label="所在县">{countyName.get(s.countyCode) ?? s.countyCode}（{s.countyCode}）</Descriptions.Item>
        <Descriptions.Item label="提交时间">{dateTime(s.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label="联系人">
          {s.contact ? `${s.contact.name} · ${s.contact.phone} · ${s.contact.address}` : '未填写'}
        </Descriptions.Item>
      </Descriptions>

      <Descriptions column={1} size="small" bordered title="联农带农" style={{ marginTop: 24 }}>
        <Descriptions.Item label="带贫户数">{s.linkedHouseholds ?? '未填写'}{s.linkedHouseholds != null && ' 户'}</Descriptions.Item>
        <Descriptions.Item label="联结机制">{s.linkageDescription ?? '未填写'}</Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 24 }}>证照</Typography.Title>
      <Table
        rowKey={(l) => `${l.type}-${l.number}`}
        size="small"
        pagination={false}
        dataSource={s.licences}
        locale={{ emptyText: <Empty description="未上传证照" /> }}
        columns={[
          { title: '类型', dataIndex: 'type' },
          { title: '编号', dataIndex: 'number' },
          { title: '有效期至', dataIndex: 'expiresOn', render: (d: string | null) => d ?? '长期' },
          {
            title: '扫描件',
            dataIndex: 'fileId',
            render: (f: string | null) => (f ? <a href={`/api/files/${f}`} target="_blank" rel="noreferrer">查看</a> : '—'),
          },
        ]}
      />

      <Typography.Title level={5} style={{ marginTop: 24 }}>审核记录</Typography.Title>
      {s.decisions.length ? (
        <Timeline
          items={s.decisions.map((d) => ({
            color: d.toStatus === 'APPROVED' ? 'green' : d.toStatus === 'PENDING' ? 'blue' : 'red',
            content: (
              <>
                <div><strong>{SUPPLIER_ACTION_LABELS[d.action] ?? d.action}</strong> · {d.actorName ?? '系统'} · {dateTime(d.decidedAt)}</div>
                {d.reason && <Typography.Text type="secondary">原因：{d.reason}</Typography.Text>}
              </>
            ),
          }))}
        />
      ) : (
        <Empty description="暂无审核记录" />
      )}
    </>
  );
}
