import { Button, Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TraceEvent } from './api';

/** Events in the order they happened; corrected ones stay, struck through, beside their correction. */
export function EventTimeline({ events, onCorrect }: { events: TraceEvent[]; onCorrect: (e: TraceEvent) => void }) {
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无事件" />;
  const sorted = [...events].sort((a, b) => a.eventTime.localeCompare(b.eventTime) || a.sequence - b.sequence);
  return (
    <Timeline
      items={sorted.map((e) => ({
        key: e.id,
        color: e.corrected ? 'gray' : e.disposition === 'non_conformant' || e.disposition === 'recalled' ? 'red' : 'green',
        content: (
          <div style={{ opacity: e.corrected ? 0.6 : 1 }}>
            <Typography.Text strong delete={e.corrected}>{e.bizStepLabel}</Typography.Text>{' '}
            <Tag>{e.dispositionLabel}</Tag>
            {e.corrected && <Tag color="default">已更正</Tag>}
            {e.correctsEventId && <Tag color="orange">更正</Tag>}
            <Typography.Text type="secondary">{dayjs(e.eventTime).format('YYYY-MM-DD HH:mm')}（{e.eventTimeZoneOffset}）</Typography.Text>
            {(e.bizLocation || e.readPoint) && <div>{[e.bizLocation, e.readPoint].filter(Boolean).join(' · ')}</div>}
            {e.quantity !== null && <div>数量：{e.quantity}</div>}
            {e.note && <div>{e.note}</div>}
            {!e.corrected && e.bizStep !== 'commissioning' && (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onCorrect(e)}>更正</Button>
            )}
          </div>
        ),
      }))}
    />
  );
}
