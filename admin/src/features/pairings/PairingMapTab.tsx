import { Alert, DatePicker, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Chart } from '../reports/charts/Chart';
import { pairingSankeyOption } from '../reports/charts/options';
import { countyLabel, EASTERN_CITIES, usePairingMap, type PairingMap } from './mapApi';

type HelperRow = PairingMap['helperUnits'][number];

/**
 * 结对地图: who helped whom on a given day. Without offline GeoJSON there is no real map; a sankey
 * from helper units to counties shows the same pairs, and the table beneath lists them.
 */
export function PairingMapTab() {
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [city, setCity] = useState<string>('深圳市');
  const q = usePairingMap(date, city || undefined);
  const helpers = q.data?.helperUnits ?? [];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <label>
          <span style={{ marginRight: 8 }}>日期</span>
          <DatePicker aria-label="结对日期" allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        </label>
        <label>
          <span style={{ marginRight: 8 }}>东部城市</span>
          <Select
            aria-label="东部城市"
            value={city}
            style={{ width: 140 }}
            onChange={setCity}
            options={[...EASTERN_CITIES.map((c) => ({ value: c, label: c })), { value: '', label: '全部城市' }]}
          />
        </label>
      </Space>
      {q.isError && <Alert type="error" showIcon title="结对地图加载失败" />}
      {q.data && (
        <Space size={48} wrap>
          <Statistic title="帮扶方" value={q.data.helperUnitCount} suffix="个" />
          <Statistic title="结对县（市）" value={q.data.countyCount} suffix="个" />
        </Space>
      )}
      {helpers.length > 0 && (
        <Chart
          label={`${date} ${city || '全部城市'}的帮扶方与受援县结对关系图，结对明细见下表`}
          height={Math.max(320, helpers.reduce((n, h) => n + h.counties.length, 0) * 22)}
          option={pairingSankeyOption(helpers.map((h) => ({ helper: h.helperUnit.name, counties: h.counties.map((c) => c.name) })))}
        />
      )}
      <Table<HelperRow>
        aria-label="结对明细"
        size="small"
        rowKey={(h) => h.helperUnit.id}
        loading={q.isFetching}
        dataSource={helpers}
        pagination={false}
        locale={{ emptyText: '当日没有结对关系' }}
        columns={[
          { title: '帮扶方', key: 'helper', render: (_, h) => h.helperUnit.name },
          { title: '城市', key: 'city', render: (_, h) => h.helperUnit.city },
          {
            title: '结对县（市）',
            key: 'counties',
            render: (_, h) => (
              <Space size={[4, 4]} wrap>
                {h.counties.map((c) => (
                  <Tag key={c.pairingId} color={c.role === 'LEAD' ? 'orange' : 'blue'} title={`${c.fullName}，${c.validFrom.slice(0, 10)} 起`}>
                    {countyLabel(c)}{c.role === 'ASSIST' ? ' · 协助' : ''}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: '县数', key: 'n', align: 'right', render: (_, h) => h.counties.length },
        ]}
      />
      <Typography.Text type="secondary">橙色为结对，蓝色为协助；悬停查看全称与起始日期。</Typography.Text>
    </Space>
  );
}
