import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { PRODUCT_EVENT } from '../shared/labels';
import type { ManagedProduct } from './api';

const COLOR: Record<string, string> = {
  APPROVED: 'green', CHANGES_APPROVED: 'green', LISTED: 'green', REJECTED: 'red', CHANGES_REJECTED: 'red', EXPIRED: 'red', UNLISTED: 'gray',
};

/** The review and listing history, newest first. */
export function HistoryTimeline({ history }: { history: ManagedProduct['history'] }) {
  if (!history.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />;
  const items = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      items={items.map((e, i) => ({
        key: i,
        color: COLOR[e.type] ?? 'blue',
        content: (
          <>
            <Typography.Text strong>{PRODUCT_EVENT[e.type] ?? e.type}</Typography.Text>
            <Typography.Text type="secondary"> · {dayjs(e.at).format('YYYY-MM-DD HH:mm')}{e.actorName ? ` · ${e.actorName}` : ''}</Typography.Text>
            {e.reason && <div>原因：{e.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
