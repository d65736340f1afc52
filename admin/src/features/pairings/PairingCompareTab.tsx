import { Alert, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { countyLabel, EASTERN_CITIES, usePairingCompare, type MapCounty, type PairingCompare } from './mapApi';

type Row = PairingCompare['helperUnits'][number];

const Counties = ({ list, color, empty = '—' }: { list: MapCounty[]; color?: string; empty?: string }) =>
  list.length === 0 ? (
    <Typography.Text type="secondary">{empty}</Typography.Text>
  ) : (
    <Space size={[4, 4]} wrap>
      {list.map((c) => <Tag key={c.pairingId + c.code} color={color}>{countyLabel(c)}</Tag>)}
    </Space>
  );

/** 对比: per helper unit, the counties paired only on day A, only on day B, or on both. */
export function PairingCompareTab() {
  const [a, setA] = useState('2018-06-01');
  const [b, setB] = useState('2022-06-01');
  const [city, setCity] = useState<string>('深圳市');
  const q = usePairingCompare(a, b, city || undefined);
  const rows = q.data?.helperUnits ?? [];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <label>
          <span style={{ marginRight: 8 }}>日期A</span>
          <DatePicker aria-label="日期A" allowClear={false} value={dayjs(a)} onChange={(d) => d && setA(d.format('YYYY-MM-DD'))} />
        </label>
        <label>
          <span style={{ marginRight: 8 }}>日期B</span>
          <DatePicker aria-label="日期B" allowClear={false} value={dayjs(b)} onChange={(d) => d && setB(d.format('YYYY-MM-DD'))} />
        </label>
        <label>
          <span style={{ marginRight: 8 }}>东部城市</span>
          <Select
            aria-label="对比城市"
            value={city}
            style={{ width: 140 }}
            onChange={setCity}
            options={[...EASTERN_CITIES.map((c) => ({ value: c, label: c })), { value: '', label: '全部城市' }]}
          />
        </label>
      </Space>
      {q.isError && <Alert type="error" showIcon title="结对对比加载失败" />}
      {q.data && (
        <Typography.Paragraph>
          {a}：{q.data.a.helperUnitCount} 个帮扶方结对 {q.data.a.countyCount} 个县（市）；{b}：{q.data.b.helperUnitCount} 个帮扶方结对 {q.data.b.countyCount} 个县（市）。
        </Typography.Paragraph>
      )}
      <Table<Row>
        aria-label="结对对比"
        size="small"
        rowKey={(r) => r.helperUnit.id}
        loading={q.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '帮扶方', key: 'helper', render: (_, r) => r.helperUnit.name },
          { title: `仅A日（${a}）`, key: 'onlyA', render: (_, r) => <Counties list={r.onlyA} color="red" /> },
          { title: '两日都有', key: 'both', render: (_, r) => <Counties list={r.both} color="green" /> },
          { title: `仅B日（${b}）`, key: 'onlyB', render: (_, r) => <Counties list={r.onlyB} color="blue" /> },
        ]}
      />
    </Space>
  );
}
