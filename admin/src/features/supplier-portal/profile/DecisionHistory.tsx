import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { SUPPLIER_ACTION, SUPPLIER_STATUS } from '../shared/labels';
import type { SupplierProfile } from './api';

const COLOR: Record<string, string> = { APPROVED: 'green', REJECTED: 'red', SUSPENDED: 'orange', PENDING: 'blue' };

/** Every admission decision, earliest first, with who decided and why. */
export function DecisionHistory({ decisions }: { decisions: SupplierProfile['decisions'] }) {
  if (!decisions.length) return <Empty description="暂无审核记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={decisions.map((d) => ({
        key: d.id,
        color: COLOR[d.toStatus] ?? 'gray',
        content: (
          <>
            <Typography.Text strong>{SUPPLIER_ACTION[d.action] ?? d.action}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}→ {SUPPLIER_STATUS[d.toStatus]?.label ?? d.toStatus} · {dayjs(d.decidedAt).format('YYYY-MM-DD HH:mm')}
              {d.actorName ? ` · ${d.actorName}` : ''}
            </Typography.Text>
            {d.reason && <div>原因：{d.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
